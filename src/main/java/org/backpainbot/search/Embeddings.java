package org.backpainbot.search;

import java.util.List;

/**
 * The process-wide sentence-embedding model, for other features that compare meanings (triage's semantic safety
 * net). Vectors are unit length: a dot product is the cosine similarity. A blank text has none (null).
 */
public final class Embeddings {

    private Embeddings() {
    }

    public static float[] of(String text) {
        return Embedder.shared().embed(text);
    }

    public static List<float[]> of(List<String> texts) {
        return Embedder.shared().embedAll(texts);
    }

    /**
     * Vectors for content a maintainer wrote (the triage examples), kept by text so that a reload embeds only what
     * changed. Never for message text, which is not kept.
     */
    public static List<float[]> ofContent(List<String> texts) {
        return Embedder.shared().embedContent(texts);
    }
}
