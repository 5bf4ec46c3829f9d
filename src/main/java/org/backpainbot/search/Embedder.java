package org.backpainbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model, run in process (ONNX Runtime). Embeddings catch
 * meaning that shares no word with the article ("my core feels like jelly"); lexical matching catches exact lay
 * terms the model does not know. The model is loaded once per process and shared by every index version.
 */
final class Embedder {

    static final int DIMENSIONS = 384;

    private static volatile Embedder shared;

    /**
     * Content texts kept with their vectors: enough for several versions of the article's passages and the triage
     * examples (a few hundred texts each, 1.5 KB a vector), so that a reindex or a rollback embeds only what changed.
     */
    static final int CONTENT_KEPT = 4096;

    private final EmbeddingModel model;

    /** Least recently used first; content only, never a message (a message is health data and is not kept). */
    private final Map<String, float[]> content = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CONTENT_KEPT;
        }
    };

    Embedder(EmbeddingModel model) {
        this.model = model;
    }

    static Embedder shared() {
        Embedder e = shared;
        if (e == null) {
            synchronized (Embedder.class) {
                e = shared;
                if (e == null) {
                    // Runnable::run: index builds embed on the calling thread; no pool of the library's to own and close.
                    e = new Embedder(new MiniLm(Runnable::run));
                    shared = e;
                }
            }
        }
        return e;
    }

    /**
     * Unit-length vector for a text (the model normalises), so a dot product is the cosine similarity; null for a
     * blank text, which has no meaning to compare.
     */
    float[] embed(String text) {
        return text == null || text.isBlank() ? null : model.embed(text).content().vector();
    }

    List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    /**
     * Vectors for content a maintainer wrote (passages, example phrasings), in order: a text embedded before is
     * not embedded again. Never pass a message here: messages are not kept.
     */
    List<float[]> embedContent(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        synchronized (content) {
            for (int i = 0; i < out.length; i++) {
                out[i] = content.get(texts.get(i));
                if (out[i] == null) {
                    missing.add(texts.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return Arrays.asList(out);
        }
        // the model runs outside the lock: two builds at once may both embed a text, never wait on each other
        List<float[]> computed = embedAll(missing);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            fresh.put(missing.get(i), computed.get(i));
        }
        synchronized (content) {
            content.putAll(fresh);
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = fresh.get(texts.get(i));
            }
        }
        return Arrays.asList(out);
    }
}
