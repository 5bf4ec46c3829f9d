package org.backpainbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The content vectors a reindex reuses: what the model is asked for, and what it is never asked to keep. */
class EmbedderTest {

    /** A model that records the texts it embeds and gives each a vector of its length. */
    private static final class Recording implements EmbeddingModel {
        final List<String> embedded = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> embedded.add(s.text()));
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {s.text().length()})).toList());
        }
    }

    @Test
    void contentEmbeddedOnceIsReusedInTheOrderAsked() {
        Recording model = new Recording();
        Embedder embedder = new Embedder(model);
        embedder.embedContent(List.of("sciatica passage", "gallstones"));
        List<float[]> again = embedder.embedContent(List.of("gallstones", "an edited passage", "sciatica passage"));
        assertThat(model.embedded).containsExactly("sciatica passage", "gallstones", "an edited passage");
        assertThat(again).extracting(v -> v[0]).containsExactly(10f, 17f, 16f);
    }

    @Test
    void aMessageIsNeverKept() {
        Recording model = new Recording();
        Embedder embedder = new Embedder(model);
        embedder.embed("i cant feel my legs");
        embedder.embedAll(List.of("a part of a message"));
        embedder.embedContent(List.of("i cant feel my legs", "a part of a message"));
        assertThat(model.embedded).containsExactly("i cant feel my legs", "a part of a message",
                "i cant feel my legs", "a part of a message");
    }

    @Test
    void theLeastRecentlyUsedContentGoesWhenTheLimitIsReached() {
        Recording model = new Recording();
        Embedder embedder = new Embedder(model);
        List<String> many = IntStream.rangeClosed(0, Embedder.CONTENT_KEPT).mapToObj(i -> "text " + i).toList();
        embedder.embedContent(many.subList(0, 2));
        embedder.embedContent(List.of("text 0")); // used again: now newer than text 1
        embedder.embedContent(many.subList(2, many.size()));
        model.embedded.clear();
        embedder.embedContent(List.of("text 0", "text 1", "text 2"));
        assertThat(model.embedded).containsExactly("text 1");
    }
}
