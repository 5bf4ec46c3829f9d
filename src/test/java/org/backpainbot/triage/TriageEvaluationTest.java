package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;
import org.backpainbot.search.Embeddings;
import org.backpainbot.triage.LabelledSets.Labelled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the screen, the rules alone and the rules with the semantic safety net, on the project's checked-in
 * red-flag and look-alike sets and on the held-out sets the net was never tuned on; fails when quality drops
 * below the numbers pinned in thresholds.properties. Prints the misses (test data only, never user text).
 */
class TriageEvaluationTest {

    private record Score(int emergencies, int emergencyHits, int providers, int providerHits, int benign, int flagged) {

        double emergencyRecall() {
            return (double) emergencyHits / emergencies;
        }

        double providerRecall() {
            return (double) providerHits / providers;
        }

        double benignFlagged() {
            return (double) flagged / benign;
        }
    }

    private static TriageRules rules;
    private static Properties min;

    @BeforeAll
    static void load() throws IOException {
        rules = TriageRules.load(Path.of("index-data"), Embeddings::of);
        min = new Properties();
        try (InputStream in = TriageEvaluationTest.class.getResourceAsStream("/triage/thresholds.properties")) {
            min.load(in);
        }
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheCheckedInSets() {
        LabelledSets sets = LabelledSets.read("triage");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(70);
        check("", score("rules only, checked-in", sets, text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheCheckedInSets() {
        check("net.", score("rules+net, checked-in", LabelledSets.read("triage"), this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheHeldOutSets() {
        check("heldout.rules.", score("rules only, held-out", LabelledSets.read("triage/heldout"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheHeldOutSets() {
        LabelledSets sets = LabelledSets.read("triage/heldout");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(80);
        check("heldout.net.", score("rules+net, held-out", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheSecondHeldOutRound() {
        check("round2.rules.", score("rules only, round 2", LabelledSets.read("triage/heldout", "round2-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheSecondHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round2-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(50);
        check("round2.net.", score("rules+net, round 2", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheThirdHeldOutRound() {
        check("round3.rules.", score("rules only, round 3", LabelledSets.read("triage/heldout", "round3-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheThirdHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round3-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(50);
        check("round3.net.", score("rules+net, round 3", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheFourthHeldOutRound() {
        check("round4.rules.", score("rules only, round 4", LabelledSets.read("triage/heldout", "round4-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheFourthHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round4-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        check("round4.net.", score("rules+net, round 4", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheFifthHeldOutRound() {
        check("round5.rules.", score("rules only, round 5", LabelledSets.read("triage/heldout", "round5-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheFifthHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round5-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        check("round5.net.", score("rules+net, round 5", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheSixthHeldOutRound() {
        check("round6.rules.", score("rules only, round 6", LabelledSets.read("triage/heldout", "round6-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheSixthHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round6-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        check("round6.net.", score("rules+net, round 6", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheSeventhHeldOutRound() {
        check("round7.rules.", score("rules only, round 7", LabelledSets.read("triage/heldout", "round7-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheSeventhHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round7-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        check("round7.net.", score("rules+net, round 7", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheEighthHeldOutRound() {
        check("round8.rules.", score("rules only, round 8", LabelledSets.read("triage/heldout", "round8-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheEighthHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round8-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        check("round8.net.", score("rules+net, round 8", sets, this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheNinthHeldOutRound() {
        check("round9.rules.", score("rules only, round 9", LabelledSets.read("triage/heldout", "round9-"),
                text -> rules.assess(text, Region.US)));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheNinthHeldOutRound() {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round9-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        check("round9.net.", score("rules+net, round 9", sets, this::withNet));
    }

    private TriageResult withNet(String text) {
        return rules.assess(text, Region.US, Embeddings.of(text));
    }

    private static Score score(String name, LabelledSets sets, Function<String, TriageResult> assess) {
        int emergencies = 0;
        int emergencyHits = 0;
        int providers = 0;
        int providerHits = 0;
        for (Labelled f : sets.flags()) {
            TriageResult r = assess.apply(f.text());
            if (f.expected() == Urgency.EMERGENCY) {
                emergencies++;
                emergencyHits += r.urgency() == Urgency.EMERGENCY ? 1 : 0;
            } else {
                providers++;
                // an emergency answer to a provider-level message still sends her to care: counted as caught
                providerHits += r.urgency() != Urgency.NONE ? 1 : 0;
            }
            if (r.urgency() != f.expected()) {
                System.out.println(name + ": MISS expected " + f.expected() + " got " + r.urgency() + " "
                        + r.signs() + ": " + f.text());
            }
        }
        int flagged = 0;
        for (String b : sets.benign()) {
            TriageResult r = assess.apply(b);
            if (r.urgency() != Urgency.NONE) {
                flagged++;
                System.out.println(name + ": FALSE POSITIVE " + r.urgency() + " " + r.signs() + ": " + b);
            }
        }
        Score s = new Score(emergencies, emergencyHits, providers, providerHits, sets.benign().size(), flagged);
        System.out.printf("triage evaluation, %s: emergency recall %.3f (%d/%d), provider recall %.3f (%d/%d), "
                + "benign flagged %.3f (%d/%d)%n", name, s.emergencyRecall(), emergencyHits, emergencies,
                s.providerRecall(), providerHits, providers, s.benignFlagged(), flagged, s.benign());
        return s;
    }

    private static void check(String prefix, Score s) {
        assertThat(s.emergencyRecall()).as(prefix + "emergency recall")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty(prefix + "emergency.recall.min")));
        assertThat(s.providerRecall()).as(prefix + "provider recall")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty(prefix + "provider.recall.min")));
        assertThat(s.benignFlagged()).as(prefix + "benign flagged")
                .isLessThanOrEqualTo(Double.parseDouble(min.getProperty(prefix + "benign.flagged.max")));
    }
}
