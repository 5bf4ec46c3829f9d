package org.backpainbot.web;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Socket lifetime limits, with small values so they show within a second. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.web.idle-timeout=1s", "bot.web.ping-interval=200ms", "bot.web.max-sockets=3"})
@Import(FakeChatService.Config.class)
class ChatWebSocketLimitsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(ChatSocket.TIMEOUT).build();

    @LocalServerPort
    int port;

    @Autowired
    ChatWebSocketHandler handler;

    @BeforeEach
    void noSocketsLeftFromOtherTests() throws InterruptedException {
        awaitOpenSockets(0);
    }

    @Test
    void aPeerThatNeverAnswersPingsIsClosedAfterTheIdleTimeout() throws Exception {
        try (RawWebSocket socket = new RawWebSocket(port)) {
            long start = System.nanoTime();
            assertThat(socket.readUntil(RawWebSocket.OPCODE_PING).payload()).isEmpty();
            RawWebSocket.Frame close = socket.readUntil(RawWebSocket.OPCODE_CLOSE);
            assertThat(close.closeCode()).isEqualTo(1001);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                    Duration.ofSeconds(3));
        }
    }

    @Test
    void aClientThatAnswersPingsStaysOpenPastTheIdleTimeout() throws InterruptedException {
        try (ChatSocket socket = ChatSocket.open(CLIENT, port)) {
            socket.next("welcome");
            Thread.sleep(2_000);
            assertThat(socket.closed).isNotDone();
            assertThat(socket.ask("late", "still there?").next("reply").path("replyTo").asString())
                    .isEqualTo("late");
        }
    }

    @Test
    void anOversizedFrameIsClosedWith1009() throws Exception {
        try (RawWebSocket socket = new RawWebSocket(port)) {
            assertThat(new String(socket.read().payload(), StandardCharsets.UTF_8)).contains("\"welcome\"");
            socket.sendTextHeader(20_000);
            assertThat(socket.readUntil(RawWebSocket.OPCODE_CLOSE).closeCode()).isEqualTo(1009);
        }
    }

    @Test
    void socketsOverTheLimitAreClosedWith1013UntilOneFrees() throws InterruptedException {
        List<ChatSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(ChatSocket.open(CLIENT, port));
                open.get(i).next("welcome");
            }
            try (ChatSocket refused = ChatSocket.open(CLIENT, port)) {
                assertThat(refused.awaitClose()).isEqualTo(1013);
            }
            open.remove(0).close();
            awaitOpenSockets(2);
            try (ChatSocket admitted = ChatSocket.open(CLIENT, port)) {
                admitted.next("welcome");
            }
        } finally {
            open.forEach(ChatSocket::close);
        }
    }

    private void awaitOpenSockets(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + ChatSocket.TIMEOUT.toNanos();
        while (handler.openSockets() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(handler.openSockets()).isEqualTo(expected);
    }
}
