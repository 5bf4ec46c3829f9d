package org.backpainbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    /** Below this cosine similarity to its closest passage or question, a section is not an answer whatever words
     * it shares with the message. */
    static final double MIN_SIMILARITY = 0.2;
    /** At or above this similarity a section answers even when the message's words are mostly unfamiliar. */
    static final double CONFIDENT_SIMILARITY = 0.55;
    /** A message whose words are this much about topics the article does not cover is declined. */
    static final double MAX_OFF_TOPIC = 0.25;
    /** A not-covered topic this much closer in meaning than the best section declines the message, even when the
     * section's words rank it first ("pelvic floor exercises how many a day" shares words with diastasis recti). */
    static final double NOT_COVERED_MARGIN = 0.1;
    /** A short message this similar to a section names its own topic rather than continuing the previous one. */
    static final double OWN_TOPIC_SIMILARITY = 0.45;
    /** A runner-up this close in fused score and in meaning, with as much evidence, is offered too. */
    static final double AMBIGUITY_RATIO = 0.95;
    static final double AMBIGUITY_SIMILARITY_GAP = 0.03;
    /** Follow-ups are short: longer messages carry their own topic. */
    static final int FOLLOW_UP_MAX_WORDS = 12;
    /** Share of an unsure short message the previous section must explain (or be as close in meaning as
     * {@link #MIN_SIMILARITY}) for it to count as a follow-up. */
    static final double FOLLOW_UP_MIN_EVIDENCE = 0.3;
    /** Words that point back to what was said before. */
    private static final Set<String> POINTING_WORDS = Set.of("it", "it's", "its", "that", "that's", "thats", "this",
            "they", "them", "those", "these", "one");

    private Decision() {
    }

    static Answer decide(SearchIndex index, PreparedMessage message, Ranking ranking, String context) {
        String text = message.text();
        SectionHit top = firstReal(ranking, null);
        boolean confident = top != null && top.similarity() >= MIN_SIMILARITY
                && (top.evidence() >= MIN_EVIDENCE || top.similarity() >= CONFIDENT_SIMILARITY);
        if (ranking.sourcesRequested()) {
            return sources(index.content(), ranking, confident ? top.sectionId() : context);
        }
        SectionHit first = ranking.top();
        SectionHit notCovered = ranking.hit(IndexBuilder.NOT_COVERED_SECTION);
        boolean notCoveredByMeaning = top != null && notCovered != null
                && (first.sectionId().equals(IndexBuilder.NOT_COVERED_SECTION)
                    && notCovered.similarity() > top.similarity()
                    || notCovered.similarity() > top.similarity() + NOT_COVERED_MARGIN);
        boolean inConversation = context != null && index.content().section(context).isPresent();
        // "is that something that needs treating?" points back to the conversation: its vague meaning must not be
        // read as a topic the article leaves out (naming one, "and the headache, is that from it?", is off topic)
        String[] words = words(text);
        boolean pointsBack = inConversation && isShort(words) && points(words);
        if (ranking.offTopic() >= MAX_OFF_TOPIC || notCoveredByMeaning && !pointsBack
                || OtherExperiencer.isSubject(text)) {
            return Answer.decline();
        }
        if (inConversation && isFollowUp(text, top, confident, ranking.hit(context))) {
            return new Answer(context, index.bestPassage(context, message), null, null, List.of(), true);
        }
        if (!confident) {
            return Answer.decline();
        }
        SectionHit second = firstReal(ranking, top.sectionId());
        String alternative = second != null && second.score() >= AMBIGUITY_RATIO * top.score()
                && second.similarity() >= top.similarity() - AMBIGUITY_SIMILARITY_GAP
                && second.evidence() >= top.evidence() ? second.sectionId() : null;
        return new Answer(top.sectionId(), index.bestPassage(top.sectionId(), message), alternative, null, List.of(),
                false);
    }

    /**
     * A short message that does not clearly name a topic of its own continues the previous one; one that points
     * back ("does it go away", "is that normal") continues it unless it is plainly about something else.
     */
    private static boolean isFollowUp(String text, SectionHit top, boolean confident, SectionHit previous) {
        String[] words = words(text);
        boolean shortMessage = isShort(words);
        if (!confident) {
            // Unsure of a topic of its own: it continues the previous one if it points back to it or the previous
            // section explains some of it ("what helps?"), not when it is about something else entirely.
            boolean related = previous != null && (previous.evidence() >= FOLLOW_UP_MIN_EVIDENCE
                    || previous.similarity() >= MIN_SIMILARITY);
            return points(words) || shortMessage && related;
        }
        return shortMessage && (top.similarity() < OWN_TOPIC_SIMILARITY
                || points(words) && top.similarity() < CONFIDENT_SIMILARITY);
    }

    private static String[] words(String text) {
        return text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    }

    private static boolean isShort(String[] words) {
        return words.length <= FOLLOW_UP_MAX_WORDS;
    }

    private static boolean points(String[] words) {
        return Arrays.stream(words).anyMatch(POINTING_WORDS::contains);
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
