package org.backpainbot.web;

import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chat socket as a browser's WebSocket sees it, against the running app on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeChatService.Config.class)
class ChatWebSocketEndToEndTest {

    private static HttpClient client;

    @LocalServerPort
    int port;

    @Autowired
    FakeChatService chat;

    @BeforeAll
    static void client() {
        client = HttpClient.newBuilder().connectTimeout(ChatSocket.TIMEOUT).build();
    }

    @Test
    void greetsThenAnswersWithEveryReplyField() {
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            JsonNode welcome = socket.next("welcome");
            assertThat(welcome.path("text").asString()).startsWith("Hi,");
            assertThat(welcome.path("suggestions")).hasSize(2);
            assertThat(welcome.path("suggestions").get(0).path("section").asString()).isEqualTo("feeding");

            JsonNode reply = socket.ask("q1", "my back hurts after the epidural").next("reply");
            assertThat(reply.path("replyTo").asString()).isEqualTo("q1");
            assertThat(reply.path("text").asString()).contains("Answer to: my back hurts after the epidural");
            assertThat(reply.path("section").asString()).isEqualTo("epidural");
            assertThat(reply.path("passageId").asString()).isEqualTo("epidural-1");
            assertThat(reply.path("urgency").asString()).isEqualTo("none");
            assertThat(reply.has("advice")).as("null fields are sent, not dropped").isTrue();
            assertThat(reply.path("citations").get(0).path("doi").asString()).isEqualTo("10.1000/xyz123");
            assertThat(reply.path("suggestions").get(1).path("label").asString()).isEqualTo("Heat and ice");

            JsonNode emergency = socket.ask("q2", "my legs are numb").next("reply");
            assertThat(emergency.path("urgency").asString()).isEqualTo("emergency");
            assertThat(emergency.path("advice").asString()).contains("emergency services");

            JsonNode topic = socket.send("{\"type\":\"topic\",\"section\":\"feeding\",\"id\":\"t1\"}").next("reply");
            assertThat(topic.path("replyTo").asString()).isEqualTo("t1");
            assertThat(topic.path("section").asString()).isEqualTo("feeding");
        }
    }

    @Test
    void eachSocketIsOneConversation() {
        try (ChatSocket first = ChatSocket.open(client, port); ChatSocket second = ChatSocket.open(client, port)) {
            first.next("welcome");
            second.next("welcome");
            first.ask("a", "conv first one").next("reply");
            first.ask("b", "conv first two").next("reply");
            second.ask("c", "conv second one").next("reply");
            assertThat(chat.conversations.get("conv first one")).isEqualTo(chat.conversations.get("conv first two"))
                    .isNotEqualTo(chat.conversations.get("conv second one"));
            assertThat(chat.conversations.get("conv first one")).hasSize(36);
        }
    }

    @Test
    void repliesKeepTheOrderOfQuickQuestions() {
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            socket.next("welcome");
            for (int i = 0; i < 5; i++) {
                socket.ask("o" + i, "ordered question " + i);
            }
            for (int i = 0; i < 5; i++) {
                JsonNode reply = socket.next("reply");
                assertThat(reply.path("replyTo").asString()).isEqualTo("o" + i);
                assertThat(reply.path("text").asString()).contains("ordered question " + i);
            }
        }
    }

    @Test
    void malformedAndBinaryFramesGetAnErrorAndTheSessionStaysOpen() {
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            socket.next("welcome");
            JsonNode notJson = socket.send("{\"type\":\"message\",\"text\":").next("error");
            assertThat(notJson.path("code").asString()).isEqualTo("bad_request");
            socket.sendBinary(new byte[] {1, 2, 3});
            assertThat(socket.next("error").path("code").asString()).isEqualTo("bad_request");
            JsonNode unknown = socket.send("{\"type\":\"shout\",\"id\":\"u1\"}").next("error");
            assertThat(unknown.path("replyTo").asString()).isEqualTo("u1");

            assertThat(socket.ask("after", "still there?").next("reply").path("replyTo").asString())
                    .isEqualTo("after");
        }
    }

    @Test
    void textOverTheLimitIsRefusedAsTooLarge() {
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            socket.next("welcome");
            JsonNode error = socket.ask("long", "a".repeat(2001)).next("error");
            assertThat(error.path("code").asString()).isEqualTo("too_large");
            assertThat(error.path("replyTo").asString()).isEqualTo("long");
            assertThat(socket.ask("ok", "é".repeat(2000)).next("reply").path("replyTo").asString())
                    .as("2,000 two-byte characters still fit in one frame").isEqualTo("ok");
        }
    }

    @Test
    void anOversizedFrameClosesWith1009AndTheServerCarriesOn() {
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            socket.next("welcome");
            socket.ask("huge", "a".repeat(20_000));
            // Netty closes with 1009 on the frame header while the client is still writing the payload, so the
            // client may see the reset before the close frame; RawWebSocketTest pins the 1009 itself.
            assertThat(socket.awaitClose()).isIn(1009, -1);
        }
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            socket.next("welcome");
            assertThat(socket.ask("next", "hello again").next("reply").path("replyTo").asString()).isEqualTo("next");
        }
    }

    @Test
    void aForeignOriginIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> ChatSocket.open(client, port, "https://evil.example"))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
    }

    @Test
    void localhostOnAnyPortAndTheOwnOriginAreAllowed() {
        for (String origin : List.of("http://localhost:3000", "http://127.0.0.1:8081",
                "http://localhost:" + port)) {
            try (ChatSocket socket = ChatSocket.open(client, port, origin)) {
                assertThat(socket.next("welcome").path("text").asString()).as(origin).isNotEmpty();
            }
        }
    }

    @Test
    void theDemoPageIsServedWithAStrictContentSecurityPolicyAndTheWidgetFilesAreServed() {
        // A connection per request: in the test JVM a keep-alive connection reused after a static file answer
        // occasionally got no answer (about one full run in four); the production jar served 600 such requests
        // over keep-alive without one. Left to investigate: see the closing note.
        WebTestClient web = WebTestClient.bindToServer(new ReactorClientHttpConnector(
                        reactor.netty.http.client.HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl("http://localhost:" + port).responseTimeout(ChatSocket.TIMEOUT).build();
        for (String page : List.of("/", "/index.html")) {
            web.get().uri(page).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals("Content-Security-Policy", DemoPageHeaders.CSP)
                    .expectBody(String.class).value(html -> assertThat(html).contains("<script src=\"widget.js\">"));
        }
        assertThat(DemoPageHeaders.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
        web.get().uri("/widget.js").exchange().expectStatus().isOk().expectHeader()
                .doesNotExist("Content-Security-Policy");
        web.get().uri("/widget.css").exchange().expectStatus().isOk();
    }

    @Test
    void aBurstOverTheLimitIsAnsweredWithRateLimitedNotADisconnect() {
        try (ChatSocket socket = ChatSocket.open(client, port)) {
            socket.next("welcome");
            for (int i = 0; i < 6; i++) {
                socket.ask("r" + i, "rate question " + i);
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JsonNode frame = socket.next();
                codes.add(frame.path("type").asString() + ":" + frame.path("code").asString(""));
            }
            assertThat(codes).containsExactly("reply:", "reply:", "reply:", "reply:", "reply:",
                    "error:rate_limited");
            assertThat(socket.closed).isNotDone();
        }
    }

    @Test
    void twoHundredConcurrentSocketsEachGetAnAnswer() throws Exception {
        int sockets = 200;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                String id = "c" + i;
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try (ChatSocket socket = ChatSocket.open(client, port)) {
                        socket.next("welcome");
                        return socket.ask(id, "concurrent question " + id).next("reply").path("replyTo").asString();
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
