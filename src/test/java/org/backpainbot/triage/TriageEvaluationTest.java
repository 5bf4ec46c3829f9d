package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the screen on the project's own red-flag and look-alike sets and fails when quality drops below
 * the numbers pinned in thresholds.properties. Prints the misses (test data only, never user text).
 */
class TriageEvaluationTest {

    private record Labelled(Urgency expected, String text) {
    }

    private static TriageRules rules;

    @BeforeAll
    static void load() {
        rules = TriageRules.load(Path.of("index-data"));
    }

    @Test
    void recallAndFalsePositivesMeetThePinnedThresholds() throws IOException {
        List<Labelled> flags = new ArrayList<>();
        for (String line : lines("triage/redflags.tsv")) {
            String[] parts = line.split("\t", 2);
            flags.add(new Labelled(Urgency.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1]));
        }
        List<String> benign = lines("triage/benign.txt");
        assertThat(flags.stream().filter(f -> f.expected() == Urgency.EMERGENCY)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(flags.stream().filter(f -> f.expected() == Urgency.PROVIDER)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(benign).hasSizeGreaterThanOrEqualTo(70);

        int emergencies = 0;
        int emergencyHits = 0;
        int providers = 0;
        int providerHits = 0;
        for (Labelled f : flags) {
            TriageResult r = rules.assess(f.text(), Region.US);
            if (f.expected() == Urgency.EMERGENCY) {
                emergencies++;
                emergencyHits += r.urgency() == Urgency.EMERGENCY ? 1 : 0;
            } else {
                providers++;
                // an emergency answer to a provider-level message still sends her to care: counted as caught
                providerHits += r.urgency() != Urgency.NONE ? 1 : 0;
            }
            if (r.urgency() != f.expected()) {
                System.out.println("MISS expected " + f.expected() + " got " + r.urgency() + " " + r.signs() + ": " + f.text());
            }
        }
        int flagged = 0;
        for (String b : benign) {
            TriageResult r = rules.assess(b, Region.US);
            if (r.urgency() != Urgency.NONE) {
                flagged++;
                System.out.println("FALSE POSITIVE " + r.urgency() + " " + r.signs() + ": " + b);
            }
        }
        double emergencyRecall = (double) emergencyHits / emergencies;
        double providerRecall = (double) providerHits / providers;
        double benignFlagged = (double) flagged / benign.size();
        System.out.printf("triage evaluation: emergency recall %.3f (%d/%d), provider recall %.3f (%d/%d), "
                + "benign flagged %.3f (%d/%d)%n", emergencyRecall, emergencyHits, emergencies, providerRecall,
                providerHits, providers, benignFlagged, flagged, benign.size());

        Properties min = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/triage/thresholds.properties")) {
            min.load(in);
        }
        assertThat(emergencyRecall).isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("emergency.recall.min")));
        assertThat(providerRecall).isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("provider.recall.min")));
        assertThat(benignFlagged).isLessThanOrEqualTo(Double.parseDouble(min.getProperty("benign.flagged.max")));
    }

    private List<String> lines(String resource) {
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
