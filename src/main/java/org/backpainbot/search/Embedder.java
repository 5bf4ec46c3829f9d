package org.backpainbot.search;

import java.util.List;

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

    private final EmbeddingModel model;

    private Embedder(EmbeddingModel model) {
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
}
