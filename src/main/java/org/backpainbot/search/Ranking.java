package org.backpainbot.search;

import java.util.List;

/**
 * What retrieval found for one message: the article's sections best first, and whether the message asks for the
 * research behind an answer rather than the answer itself.
 *
 * @param offTopic share of the message (by word weight) that only topics the article does not cover explain, and
 *                 not the best section: "my knees ache since the baby" is mostly about knees
 * @param references the reference ids that match when sources are requested (best first), else empty
 */
public record Ranking(List<SectionHit> sections, boolean sourcesRequested, List<String> references,
                      double offTopic) {

    static final Ranking EMPTY = new Ranking(List.of(), false, List.of(), 0);

    public SectionHit top() {
        return sections.isEmpty() ? null : sections.get(0);
    }
}
