package org.backpainbot.triage;

import java.util.List;

/**
 * The outcome of screening one message.
 *
 * @param urgency the highest tier among the signs that fired
 * @param signs   ids of the signs that fired, in rule-file order; empty when {@link Urgency#NONE}
 * @param advice  the exact text to show the user, built only from the reviewed messages; null when NONE
 */
public record TriageResult(Urgency urgency, List<String> signs, String advice) {

    static final TriageResult NONE = new TriageResult(Urgency.NONE, List.of(), null);

    public TriageResult {
        signs = List.copyOf(signs);
    }
}
