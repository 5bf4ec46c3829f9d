package org.backpainbot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backpainbot.content.Content;

/**
 * Turns a ranking into an answer: decline when no section explains enough of the message (a confident wrong
 * answer is the worst outcome), offer both when the top two are too close, fall back on the conversation's
 * previous section for short follow-ups, and route requests for research to the references.
 * The thresholds are calibrated on the evaluation set in src/test/resources/eval.
 */
final class Decision {

    /** Least share of the message's weight the answering section must explain. */
    static final double MIN_EVIDENCE = 0.4;
    /** A runner-up scoring at least this share of the top score, with as much evidence, is offered too. */
    static final double AMBIGUITY_RATIO = 0.9;
    /** Follow-ups are short: longer messages carry their own topic. */
    static final int FOLLOW_UP_MAX_WORDS = 9;

    private Decision() {
    }

    static Answer decide(SearchIndex index, String text, Ranking ranking, String context) {
        SectionHit top = firstReal(ranking, null);
        SectionHit notCovered = ranking.sections().stream()
                .filter(h -> h.sectionId().equals(IndexBuilder.NOT_COVERED_SECTION)).findFirst().orElse(null);
        boolean confident = top != null && top.evidence() >= MIN_EVIDENCE
                && (notCovered == null || notCovered.score() < top.score() || notCovered.evidence() < top.evidence());
        if (ranking.sourcesRequested()) {
            return sources(index.content(), ranking, confident ? top.sectionId() : context);
        }
        if (context != null && index.content().section(context).isPresent() && isFollowUp(text, top, context,
                confident)) {
            return new Answer(context, index.bestPassage(context, text), null, null, List.of(), true);
        }
        if (!confident) {
            return Answer.decline();
        }
        SectionHit second = firstReal(ranking, top.sectionId());
        String alternative = second != null && second.score() >= AMBIGUITY_RATIO * top.score()
                && second.evidence() >= top.evidence() ? second.sectionId() : null;
        return new Answer(top.sectionId(), index.bestPassage(top.sectionId(), text), alternative, null, List.of(),
                false);
    }

    private static boolean isFollowUp(String text, SectionHit top, String context, boolean confident) {
        long words = text == null ? 0 : text.strip().split("\\s+").length;
        if (words > FOLLOW_UP_MAX_WORDS) {
            return false;
        }
        return !confident || top.sectionId().equals(context) || top.evidence() < 0.75;
    }

    private static Answer sources(Content content, Ranking ranking, String topic) {
        Set<String> ids = new LinkedHashSet<>();
        if (topic != null && !topic.equals(Content.REFERENCES)) {
            content.referencesFor(topic).forEach(r -> ids.add(r.id()));
        }
        if (ids.isEmpty()) {
            content.references().forEach(r -> ids.add(r.id()));
            topic = null;
        }
        List<String> ordered = new ArrayList<>();
        ranking.references().stream().filter(ids::contains).forEach(ordered::add);
        ids.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return new Answer(Content.REFERENCES, null, null, topic, List.copyOf(ordered), false);
    }

    private static SectionHit firstReal(Ranking ranking, String except) {
        for (SectionHit hit : ranking.sections()) {
            if (!hit.sectionId().equals(IndexBuilder.NOT_COVERED_SECTION) && !hit.sectionId().equals(except)) {
                return hit;
            }
        }
        return null;
    }

}
