package org.backpainbot.web;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The socket against the real chat service and the article in index-data, as the widget uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatWebSocketRealServiceTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(ChatSocket.TIMEOUT).build();

    @LocalServerPort
    int port;

    @Test
    void greetsAnswersFromTheArticleAndFollowsASuggestion() {
        try (ChatSocket socket = ChatSocket.open(CLIENT, port)) {
            JsonNode welcome = socket.next("welcome");
            assertThat(welcome.path("text").asString()).contains("back pain after having a baby");
            assertThat(welcome.path("suggestions").size()).isPositive();

            JsonNode reply = socket.ask("q1", "Why does my back hurt after the epidural?").next("reply");
            assertThat(reply.path("replyTo").asString()).isEqualTo("q1");
            assertThat(reply.path("section").isString()).as("answered from a section: %s", reply).isTrue();
            assertThat(reply.path("text").asString()).contains("Source:");
            assertThat(reply.path("urgency").asString()).isIn("none", "provider", "emergency");
            for (String field : List.of("passageId", "advice", "citations", "suggestions")) {
                assertThat(reply.has(field)).as(field).isTrue();
            }

            JsonNode suggestion = reply.path("suggestions").get(0);
            JsonNode topic = socket.send("{\"type\":\"topic\",\"section\":\"" + suggestion.path("section").asString()
                    + "\",\"id\":\"t1\"}").next("reply");
            assertThat(topic.path("replyTo").asString()).isEqualTo("t1");
            // Not always equal: a "references:<id>" suggestion is answered by the "references" section.
            assertThat(topic.path("text").asString()).as("topic %s", suggestion).isNotBlank();
        }
    }

    @Test
    void quickQuestionsAreAnsweredInOrder() {
        List<String> questions = List.of("epidural back pain", "ice or heat?", "is massage safe",
                "breastfeeding posture hurts", "what is diastasis recti");
        try (ChatSocket socket = ChatSocket.open(CLIENT, port)) {
            socket.next("welcome");
            for (int i = 0; i < questions.size(); i++) {
                socket.ask("o" + i, questions.get(i));
            }
            for (int i = 0; i < questions.size(); i++) {
                assertThat(socket.next("reply").path("replyTo").asString()).isEqualTo("o" + i);
            }
        }
    }

    @Test
    void twoHundredConcurrentSocketsEachGetARealAnswer() throws Exception {
        int sockets = 200;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                String id = "c" + i;
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try (ChatSocket socket = ChatSocket.open(CLIENT, port)) {
                        socket.next("welcome");
                        return socket.ask(id, "my lower back hurts when I lift the baby").next("reply")
                                .path("replyTo").asString();
                    }
                }, pool));
            }
            Set<String> replied = new HashSet<>();
            for (CompletableFuture<String> answer : answers) {
                replied.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(replied).hasSize(sockets);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
