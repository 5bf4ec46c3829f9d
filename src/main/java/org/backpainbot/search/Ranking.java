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

    /** The hit of a given section, or null when it was not ranked at all. */
    public SectionHit hit(String sectionId) {
        return sections.stream().filter(h -> h.sectionId().equals(sectionId)).findFirst().orElse(null);
    }

    public SectionHit top() {
        return sections.isEmpty() ? null : sections.get(0);
    }
}
