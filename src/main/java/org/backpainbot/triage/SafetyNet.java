package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.backpainbot.triage.ExampleFile.Examples;
import org.backpainbot.triage.RuleBook.Sign;
import org.backpainbot.triage.Screen.Reading;

/**
 * The semantic safety net beside the rules: flags a sign when the message means nearly the same as one of the
 * reviewed phrasings of that sign, so that a red flag said in words no rule foresaw is still caught. It reads
 * only what the rules did not set aside as negated, someone else's, past, hypothetical or figurative, and never
 * flags a sign from a message holding one of that sign's 'unless' phrases, nor one whose words the rules found and
 * set aside as denied, past or supposed ("no weakness in my legs at all, i can walk fine"). A message closer to one of the
 * everyday phrasings (plain back pain, tired legs after a walk) than to a sign's does not flag that sign: the
 * bot's own topic sits near several signs, and a fixed threshold alone cannot tell "my back hurts" from
 * "my back pain is unbearable".
 * Immutable once built, so one instance serves every thread.
 */
final class SafetyNet {

    /** Readings become words again before embedding, so "39c" means a fever to the model as it does to the rules. */
    private static final Map<String, String> READINGS = Map.of(
            TextNormalizer.TEMP_HIGH, "high fever", TextNormalizer.TEMP_NORMAL, "normal temperature",
            TextNormalizer.TEMP_WORD_CLEARED, "temperature", TextNormalizer.BP_HIGH, "very high blood pressure",
            TextNormalizer.BP_OK, "normal blood pressure", TextNormalizer.WEEKS_8_PLUS, "months",
            TextNormalizer.SCORE_HIGH, "severe pain");

    /**
     * Within this much below a sign's threshold a message of several sentences is read sentence by sentence: a
     * sign said in one short sentence among chatter came out near 0.3 to 0.46 on the whole message against 0.68
     * to 0.72 alone, so a narrow band would not reach it. Costs one batched model call, for few messages.
     */
    static final float UNCERTAIN = 0.30f;

    private final List<Sign> signs;
    /** phrasings[i]: the unit vectors of the phrasings of signs.get(i). */
    private final float[][][] phrasings;
    private final float[] thresholds;
    /** Unit vectors of the everyday phrasings; may be empty. */
    private final float[][] everyday;
    private final Function<List<String>, List<float[]>> embed;
    private final int dimensions;
    /** Per sign id the rules found: the signs the net does not add then (examples.txt "explains"). */
    private final Map<String, Set<String>> explains;
    /** Per sign: words whose presence rules the sign out for the net (examples.txt "ruled out"). */
    private final Map<String, Set<String>> ruledOut;

    private SafetyNet(List<Sign> signs, float[][][] phrasings, float[] thresholds, float[][] everyday,
            Function<List<String>, List<float[]>> embed, Map<String, Set<String>> explains,
            Map<String, Set<String>> ruledOut) {
        this.explains = explains;
        this.ruledOut = ruledOut;
        this.signs = signs;
        this.phrasings = phrasings;
        this.thresholds = thresholds;
        this.everyday = everyday;
        this.embed = embed;
        this.dimensions = phrasings[0][0].length;
    }

    /**
     * Embeds every phrasing in one call with {@code embedExamples} ({@code signs} in rule-file order, each
     * with phrasings in examples); {@code embed} is kept for the parts of messages.
     */
    static SafetyNet build(Examples examples, List<Sign> signs, Function<List<String>, List<float[]>> embedExamples,
            Function<List<String>, List<float[]>> embed) {
        List<String> texts = new ArrayList<>();
        signs.forEach(s -> texts.addAll(examples.phrasings().get(s.id())));
        texts.addAll(examples.everyday());
        List<float[]> vectors = embedExamples.apply(texts);
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException("embedding returned " + vectors.size() + " vectors for " + texts.size());
        }
        float[][][] phrasings = new float[signs.size()][][];
        float[] thresholds = new float[signs.size()];
        int k = 0;
        for (int i = 0; i < signs.size(); i++) {
            int count = examples.phrasings().get(signs.get(i).id()).size();
            phrasings[i] = vectors.subList(k, k + count).toArray(float[][]::new);
            k += count;
            thresholds[i] = examples.threshold(signs.get(i));
        }
        float[][] everyday = vectors.subList(k, vectors.size()).toArray(float[][]::new);
        return new SafetyNet(List.copyOf(signs), phrasings, thresholds, everyday, embed, examples.explains(),
                examples.ruledOut());
    }

    /**
     * The signs the message comes close to, in rule-file order. {@code meaning} is the whole message's vector;
     * when the rules set part of the message aside, the rest is embedded anew (one model call) and compared
     * instead, so "no chest pain" or "my husband cant breathe" never match. When a message of several sentences
     * comes near a sign without reaching it, each sentence is compared too (one more model call for them all). A
     * vector of another model's size is ignored: the rules still answer.
     */
    List<Sign> fired(Reading reading, float[] meaning) {
        float[] v = compared(reading, meaning);
        if (v == null) {
            return List.of();
        }
        boolean[] hit = new boolean[signs.size()];
        if (match(reading, v, hit)) {
            // one sentence of a longer message can report a sign that the rest dilutes ("baby is feeding well. i
            // cant feel my legs"); only then are the sentences embedded one by one (one more model call)
            List<String> sentences = sentences(reading);
            if (sentences.size() > 1) {
                for (float[] sv : embed.apply(sentences)) {
                    match(reading, sv, hit);
                }
            }
        }
        // a sign the rules found can explain what the net matches to a worse form: the rules read "my left leg is
        // numb" as one leg's numbness, which the net, blind to "one" and "both", puts near numb legs
        Set<String> explained = new HashSet<>();
        reading.fired().forEach(s -> explained.addAll(explains.getOrDefault(s.id(), Set.of())));
        // a reading the message gives rules the sign out for the net: "headache, bp 128/84" is no headache with very
        // high blood pressure, however close its words come to one
        List<Sign> fired = new ArrayList<>();
        for (int i = 0; i < signs.size(); i++) {
            Set<String> out = ruledOut.getOrDefault(signs.get(i).id(), Set.of());
            if (hit[i] && !explained.contains(signs.get(i).id()) && reading.tokens().stream().noneMatch(out::contains)) {
                fired.add(signs.get(i));
            }
        }
        return fired;
    }

    /** Marks the signs {@code v} comes close to; true when a sign not marked came within the uncertain band. */
    private boolean match(Reading reading, float[] v, boolean[] hit) {
        float ordinary = everyday.length == 0 ? -1f : closest(v, everyday);
        boolean uncertain = false;
        for (int i = 0; i < signs.size(); i++) {
            // a sign's reviewed exclusions hold for the net too: "chest sore from engorgement" is not chest pain;
            // what a figure of speech leaves ("im [sick of] this back pain") reads as the bare symptom, which the
            // net matches to its worst form: there only an emergency is worth the net's guess, the rest is the rules'
            if (hit[i] || reading.excluded(i) || reading.answered(i)
                    || (reading.figurative() && signs.get(i).tier() != Urgency.EMERGENCY)) {
                continue;
            }
            float sim = closest(v, phrasings[i]);
            if (sim >= thresholds[i] && sim > ordinary) {
                hit[i] = true;
            } else if (sim >= thresholds[i] - UNCERTAIN) {
                uncertain = true;
            }
        }
        return uncertain;
    }

    /** The vector the net compares for this message, or null when nothing of it is left to compare. */
    float[] compared(Reading reading, float[] meaning) {
        if (meaning == null || meaning.length != dimensions) {
            return null;
        }
        if (!reading.anySetAside()) {
            return meaning;
        }

        String rest = remainder(reading);
        return rest == null ? null : embed.apply(List.of(rest)).get(0);
    }

    /**
     * The highest similarity of {@code v} to any phrasing of each sign, by sign id, then to the everyday phrasings
     * under {@link ExampleFile#EVERYDAY} when there are any (for calibration).
     */
    Map<String, Float> similarities(float[] v) {
        Map<String, Float> out = new java.util.LinkedHashMap<>();
        if (everyday.length > 0) {
            out.put(ExampleFile.EVERYDAY, closest(v, everyday));
        }
        for (int i = 0; i < signs.size(); i++) {
            out.put(signs.get(i).id(), closest(v, phrasings[i]));
        }
        return out;
    }

    private static float closest(float[] v, float[][] vectors) {
        float best = -1f;
        for (float[] p : vectors) {
            float dot = 0f;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * p[d];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    /** The sentences of the words not set aside, each of two words or more. */
    static List<String> sentences(Reading reading) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int words = 0;
        List<String> tokens = reading.tokens();
        boolean[] kept = kept(reading);
        for (int i = 0; i <= tokens.size(); i++) {
            String t = i < tokens.size() ? tokens.get(i) : TextNormalizer.SENTENCE;
            if (t.equals(TextNormalizer.SENTENCE)) {
                if (words >= 2) {
                    out.add(b.toString());
                }
                b.setLength(0);
                words = 0;
            } else if (kept[i]) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(READINGS.getOrDefault(t, t));
                words++;
            }
        }
        return out;
    }

    /** The words not set aside, or null when fewer than two remain (nothing left that could report a sign). */
    static String remainder(Reading reading) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        List<String> tokens = reading.tokens();
        boolean[] kept = kept(reading);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (Phrase.isBoundary(t)) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != '.' && b.charAt(b.length() - 1) != ',') {
                    b.append(t);
                }
                continue;
            }
            if (!kept[i]) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(READINGS.getOrDefault(t, t));
            words++;
        }
        return words < 2 ? null : b.toString();
    }

    /**
     * The words the net reads: those not set aside, less the scraps of a clause that was mostly set aside ("i dont
     * have any numbness down my legs" leaves "i legs", which the model reads as a complaint about the legs): fewer
     * than three words, or three where more were set aside.
     */
    private static boolean[] kept(Reading reading) {
        List<String> tokens = reading.tokens();
        boolean[] kept = new boolean[tokens.size()];
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && !Phrase.isBoundary(tokens.get(i))) {
                continue;
            }
            int left = 0;
            int aside = 0;
            for (int j = start; j < i; j++) {
                aside += reading.setAside()[j] ? 1 : 0;
                left += reading.setAside()[j] ? 0 : 1;
            }
            // three words left of a longer clause are scraps too: "i [dont have the burning when i] pee anymore"
            boolean scraps = aside > 0 && (left < 3 || (left == 3 && aside > left));
            for (int j = start; j < i; j++) {
                kept[j] = !scraps && !reading.setAside()[j];
            }
            start = i + 1;
        }
        return kept;
    }
}
