package org.backpainbot.search;

/**
 * A message analyzed and embedded once, for every stage that needs it: triage's safety net reads
 * {@link #meaning()}, retrieval reads both. Belongs to the index version that prepared it.
 */
public final class PreparedMessage {

    private final String text;
    private final QueryText.Analyzed analyzed;
    private final float[] meaning;

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
}
