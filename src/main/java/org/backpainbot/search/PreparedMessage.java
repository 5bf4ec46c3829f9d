package org.backpainbot.search;

import java.util.HashMap;
import java.util.Map;

/**
 * A message analyzed and embedded once, for every stage that needs it: triage's safety net reads
 * {@link #meaning()}, retrieval reads both. Belongs to the index version that prepared it, and to one thread.
 */
public final class PreparedMessage {

    private final String text;
    private final QueryText.Analyzed analyzed;
    private final float[] meaning;
    // Scratch filled by ranking and read by passage choice, so the passage needs no second search.
    private final Map<String, Double> passageScores = new HashMap<>();
    private final Map<String, Double> passageSimilarities = new HashMap<>();

    PreparedMessage(String text, QueryText.Analyzed analyzed, float[] meaning) {
        this.text = text;
        this.analyzed = analyzed;
        this.meaning = meaning;
    }

    /** The message's sentence embedding (of its typo-corrected text), or null when it has no words. */
    public float[] meaning() {
        return meaning;
    }

    String text() {
        return text;
    }

    QueryText.Analyzed analyzed() {
        return analyzed;
    }

    Map<String, Double> passageScores() {
        return passageScores;
    }

    Map<String, Double> passageSimilarities() {
        return passageSimilarities;
    }
}
