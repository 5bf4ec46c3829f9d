package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backpainbot.search.Embeddings;
import org.backpainbot.triage.LabelledSets.Labelled;
import org.backpainbot.triage.RuleBook.Sign;
import org.junit.jupiter.api.Test;

/**
 * Prints, for the checked-in sets only, how close each message comes to the nearest phrasing of each tier, and
 * what the net alone would catch and flag at a range of thresholds: the evidence for the thresholds in
 * examples.txt. The held-out sets are deliberately not read here.
 */
class SafetyNetCalibrationTest {

    @Test
    void printsTheSimilarityOfTheCheckedInSetsAtEachThreshold() {
        TriageRules rules = TriageRules.load(Path.of("index-data"), Embeddings::of);
        LabelledSets sets = LabelledSets.read("triage");
        List<float[]> emergency = new ArrayList<>();
        List<float[]> provider = new ArrayList<>();
        for (Labelled f : sets.flags()) {
            (f.expected() == Urgency.EMERGENCY ? emergency : provider).add(best(rules, f.text()));
        }
        List<float[]> benign = sets.benign().stream().map(b -> best(rules, b)).toList();
        System.out.println("calibration on checked-in sets: threshold, net alone: emergency caught as emergency,"
                + " provider caught (provider tier only), benign flagged at emergency / provider threshold");
        for (float t = 0.45f; t < 0.80f; t += 0.025f) {
            System.out.printf("  %.3f  emergency %.3f  provider %.3f  benign@E %.3f  benign@P %.3f%n", t,
                    share(emergency, 0, t), share(provider, 1, t), share(benign, 0, t), share(benign, 1, t));
        }
        for (int i = 0; i < benign.size(); i++) {
            if (benign.get(i)[0] >= 0.6f || benign.get(i)[1] >= 0.65f) {
                System.out.printf("  benign close to a sign: E %.3f P %.3f %s%n", benign.get(i)[0], benign.get(i)[1],
                        sets.benign().get(i));
            }
        }
        assertThat(benign).isNotEmpty();
    }

    @Test
    void printsWhatTheNetCostsPerMessageBesidesTheMessagesOwnEmbedding() {
        // counts the net's own model calls (remainders, sentence by sentence) apart from the one that loads it
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong texts = new java.util.concurrent.atomic.AtomicLong();
        TriageRules rules = TriageRules.load(Path.of("index-data"), batch -> {
            calls.incrementAndGet();
            texts.addAndGet(batch.size());
            return Embeddings.of(batch);
        });
        List<String> messages = new ArrayList<>();
        for (String dir : List.of("triage", "triage/heldout")) {
            LabelledSets sets = LabelledSets.read(dir);
            messages.addAll(sets.benign());
            sets.flags().forEach(f -> messages.add(f.text()));
        }
        List<float[]> meanings = Embeddings.of(messages);
        for (int round = 0; round < 3; round++) {
            calls.set(0);
            texts.set(0);
            long rulesOnly = 0;
            long withNet = 0;
            for (int i = 0; i < messages.size(); i++) {
                long t0 = System.nanoTime();
                rules.assess(messages.get(i), Region.US);
                long t1 = System.nanoTime();
                rules.assess(messages.get(i), Region.US, meanings.get(i));
                withNet += System.nanoTime() - t1;
                rulesOnly += t1 - t0;
            }
            System.out.printf("cost per message (round %d): rules only %.3f ms, rules+net %.3f ms; the net made %d "
                    + "model calls embedding %d texts for %d messages%n", round, rulesOnly / 1e6 / messages.size(),
                    withNet / 1e6 / messages.size(), calls.get(), texts.get(), messages.size());
        }
        long t0 = System.nanoTime();
        for (String m : messages) {
            Embeddings.of(m);
        }
        System.out.printf("for scale: embedding one message alone %.3f ms%n",
                (System.nanoTime() - t0) / 1e6 / messages.size());
    }

    /** [highest emergency-sign similarity, highest provider-sign similarity]; -1 when nothing is compared. */
    private static float[] best(TriageRules rules, String text) {
        float[] v = rules.net().compared(rules.screen().read(text), Embeddings.of(text));
        float[] out = {-1f, -1f};
        if (v == null) {
            return out;
        }
        Screen.Reading reading = rules.screen().read(text);
        Map<String, Float> sims = rules.net().similarities(v);
        List<Sign> signs = rules.screen().signs();
        for (int i = 0; i < signs.size(); i++) {
            Sign s = signs.get(i);
            // the net does not flag a sign the message is no closer to than to everyday talk
            if (reading.excluded(i) || sims.get(s.id()) <= sims.getOrDefault(ExampleFile.EVERYDAY, -1f)) {
                continue;
            }
            int k = s.tier() == Urgency.EMERGENCY ? 0 : 1;
            out[k] = Math.max(out[k], sims.get(s.id()));
        }
        return out;
    }

    private static double share(List<float[]> scores, int tier, float threshold) {
        return scores.stream().filter(s -> s[tier] >= threshold).count() / (double) scores.size();
    }
}
