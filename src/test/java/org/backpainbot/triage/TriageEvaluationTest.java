package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;
import org.backpainbot.search.Embeddings;
import org.backpainbot.triage.LabelledSets.Labelled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        check("", score("rules only, checked-in", sets, TriageEvaluationTest::rulesAlone));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheCheckedInSets() {
        check("net.", score("rules+net, checked-in", LabelledSets.read("triage"), this::withNet));
    }

    @Test
    void rulesAloneMeetThePinnedThresholdsOnTheHeldOutSets() {
        check("heldout.rules.", score("rules only, held-out", LabelledSets.read("triage/heldout"),
                TriageEvaluationTest::rulesAlone));
    }

    @Test
    void rulesWithTheNetMeetThePinnedThresholdsOnTheHeldOutSets() {
        LabelledSets sets = LabelledSets.read("triage/heldout");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(80);
        check("heldout.net.", score("rules+net, held-out", sets, this::withNet));
    }

    /**
     * Held-out rounds 2 and later (heldout/roundN-*), each written blind and measured once untouched before any
     * change it informed; each file's header records its numbers. Each round needs its pins in thresholds.properties.
     */
    @ParameterizedTest(name = "round {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164})
    void rulesAloneMeetThePinnedThresholdsOnEachHeldOutRound(int round) {
        check("round" + round + ".rules.", score("rules only, round " + round, heldOutRound(round),
                TriageEvaluationTest::rulesAlone));
    }

    @ParameterizedTest(name = "round {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164})
    void rulesWithTheNetMeetThePinnedThresholdsOnEachHeldOutRound(int round) {
        check("round" + round + ".net.", score("rules+net, round " + round, heldOutRound(round), this::withNet));
    }

    private static LabelledSets heldOutRound(int round) {
        LabelledSets sets = LabelledSets.read("triage/heldout", "round" + round + "-");
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sets.flags().stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(18);
        assertThat(sets.benign()).hasSizeGreaterThanOrEqualTo(40);
        return sets;
    }

    /**
     * The net only adds signs and the higher tier wins, so where the rules alone answer an emergency, or answer a
     * provider sign expected at that tier (an emergency answer to it counts as caught too), the net cannot change
     * what is scored here: the model is not run for those (two fifths of the messages). Their printed signs are then
     * the rules' only, and a net that would have raised such a provider sign to an emergency is not shown.
     */
    private TriageResult withNet(String text, Urgency expected) {
        TriageResult byRules = rules.assess(text, Region.US);
        boolean settled = byRules.urgency() == Urgency.EMERGENCY
                || (expected == Urgency.PROVIDER && byRules.urgency() == Urgency.PROVIDER);
        return settled ? byRules : rules.assess(text, Region.US, Embeddings.of(text));
    }

    private static TriageResult rulesAlone(String text, Urgency expected) {
        return rules.assess(text, Region.US);
    }

    /** {@code assess} is given each message with the urgency it is labelled with (none for a benign message). */
    private static Score score(String name, LabelledSets sets, BiFunction<String, Urgency, TriageResult> assess) {
        int emergencies = 0;
        int emergencyHits = 0;
        int providers = 0;
        int providerHits = 0;
        // assessed on both cores (the screen and the model are shared by every thread in the service too), read in
        // file order so that the printed misses keep their order
        List<TriageResult> flagResults = sets.flags().parallelStream().map(f -> assess.apply(f.text(), f.expected()))
                .toList();
        List<TriageResult> benignResults = sets.benign().parallelStream().map(b -> assess.apply(b, Urgency.NONE))
                .toList();
        for (int i = 0; i < sets.flags().size(); i++) {
            Labelled f = sets.flags().get(i);
            TriageResult r = flagResults.get(i);
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
        for (int i = 0; i < sets.benign().size(); i++) {
            String b = sets.benign().get(i);
            TriageResult r = benignResults.get(i);
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
