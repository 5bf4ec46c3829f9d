package org.backpainbot.triage;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated content of rules.txt: vocabulary, context triggers and signs, ready for {@link Screen}. {@code lists}
 * holds, per trigger category, the words that make a comma part of a list; a category without them is not cut at
 * commas. {@code relapses} are the phrases that undo a resolution told before them in a sentence ("went away but
 * came back"). {@code carries} holds, per category, the words that carry a scope on into the next clause of its sentence;
 * {@code voids}, per category, the phrases that anywhere in a message cancel every trigger of that category ("she gave
 * birth last week": the woman spoken of is the mother). {@code whose} names the categories that say whose a symptom is
 * (someone else's) rather than whether she has it; {@code gaps} the categories whose triggers count inside a mention's
 * gap ("my legs arent numb"); {@code glosses}, words of other languages read as English first.
 */
record RuleBook(List<Term> terms, List<Trigger> triggers, List<Phrase> pseudo, List<Phrase> relapses, List<Phrase> idioms,
        Set<String> known, Set<String> whose, Set<String> gaps, List<Gloss> glosses,
        Map<String, List<Phrase>> stops, Map<String, List<Phrase>> lists, Map<String, List<Phrase>> carries,
        Map<String, List<Phrase>> voids,
        List<Phrase> boundaries, List<Phrase> subjects, List<Sign> signs) {

    /** A phrase of another language and the English words it is read as ("dolor en el pecho": chest pain). */
    record Gloss(Phrase phrase, List<String> english) {
    }

    /** A named list of phrases meaning one thing ("numbness", "between the legs"). */
    record Term(String name, List<Phrase> phrases) {
    }

    /**
     * Where a trigger's scope reaches: words before it, after it, both, or EARLIER: back over the sentence before,
     * for a sentence that resolves or denies what that one said ("...needed a catheter. Since then it's been fine").
     */
    enum Direction { BEFORE, AFTER, BOTH, EARLIER }

    /** A word that puts nearby mentions in another context (negated, someone else's, past...). */
    record Trigger(String category, Direction direction, int window, Phrase phrase) {
    }

    /** How close together the mentions of a condition's terms must be. */
    enum Reach { CLAUSE, SENTENCE, MESSAGE }

    /** Fires when every term has a mention for the mother herself within the given reach of the others. */
    record Condition(List<Integer> terms, Reach reach) {
    }

    record Sign(String id, Urgency tier, List<Condition> conditions, List<Phrase> unless) {
    }
}
