package org.backpainbot.triage;

import java.util.List;

/** Outcome of screening one message. */
public record TriageResult(Urgency urgency, List<String> signs, String advice) {
}
