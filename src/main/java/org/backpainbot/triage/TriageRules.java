package org.backpainbot.triage;

import java.nio.file.Path;
import java.util.List;

/** Stand-in until the triage branch lands: screens nothing. */
public final class TriageRules {

    public static TriageRules load(Path contentDir) {
        return new TriageRules();
    }

    public TriageResult assess(String text, Region region) {
        return new TriageResult(Urgency.NONE, List.of(), null);
    }

    public int ruleCount() {
        return 0;
    }
}
