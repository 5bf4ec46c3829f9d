package org.backpainbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Hostile and odd input against {@code POST /api/chat} on a real port: every case gets a 4xx or a normal answer,
 * never a 5xx, and after each one an ordinary question is still answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class HttpAbuseTest {

    private static final String NORMAL = "{\"text\":\"is it normal to have back pain after giving birth\"}";

    @Autowired
    private WebTestClient web;

    @LocalServerPort
    private int port;

    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void timeout() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stillAnswersOthers() throws IOException {
        web.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(NORMAL).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.section").isNotEmpty().jsonPath("$.text").isNotEmpty();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void emptyTextAndEmptyBodyAreRefusedPolitely() {
        assertRefused(json("{\"text\":\"\"}"));
        assertRefused(json("{\"text\":\"   \"}"));
        assertRefused(json("{}"));
        assertRefused(json(""));
        assertRefused(json("null"));
    }

    @Test
    void aMegabyteBodyIsRefusedWithoutBeingBuffered() {
        byte[] megabyte = ("{\"text\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        assertRefused(post(megabyte));
        byte[] junk = new byte[1024 * 1024];
        Arrays.fill(junk, (byte) '[');
        assertRefused(post(junk));
    }

    @Test
    void repeatedMegabyteBodiesDoNotGrowTheHeap() {
        byte[] megabyte = ("{\"text\":\"" + "b".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        post(megabyte);
        long before = usedHeapAfterGc();
        for (int i = 0; i < 40; i++) {
            assertRefused(post(megabyte));
        }
        // 40 MB were sent; none of it may stay reachable. Generous slack for the JIT and caches.
        assertThat(usedHeapAfterGc() - before).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void invalidUtf8IsReadWithReplacementCharacters() {
        byte[] prefix = "{\"text\":\"back pain ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] suffix = " after birth\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        assertNot5xx(post(body));
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        assertRefused(json("[".repeat(5000) + "]".repeat(5000)));
        assertRefused(json("{\"text\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501)));
        // Nested past the body limit too: refused for size before any parsing.
        assertRefused(json("[".repeat(200_000)));
    }

    @Test
    void nulBytesNeitherBreakTheParserNorTheSearch() {
        assertNot5xx(json("{\"text\":\"back\\u0000pain\\u0000after\\u0000epidural\"}"));
        assertNot5xx(json("{\"text\":\"\\u0000\\u0000\\u0000\"}"));
        // A raw NUL inside a JSON string is not valid JSON.
        assertRefused(post("{\"text\":\"back\0pain\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rightToLeftAndEmojiOnlyTextGetAnAnswer() {
        assertAnswered(json("{\"text\":\"ظهري يؤلمني بعد الولادة\"}"));
        assertAnswered(json("{\"text\":\"הגב שלי כואב אחרי הלידה\"}"));
        // Bidi overrides around an English question, as spoofing text would use.
        assertAnswered(json("{\"text\":\"\u202Eback pain after epidural\u202C\u2067?\u2069\"}"));
        assertAnswered(json("{\"text\":\"😭😭🤰👶💔\"}"));
        assertAnswered(json("{\"text\":\"🏳️‍🌈👩‍👩‍👧‍👦\"}"));
    }

    @Test
    void aHugeSingleWordIsRefusedAndALongOneWithinTheLimitIsAnswered() {
        assertRefused(json("{\"text\":\"" + "x".repeat(10_000) + "\"}"));
        assertAnswered(json("{\"text\":\"" + "backpain".repeat(249) + "\"}"));
        assertAnswered(json("{\"text\":\"" + "é".repeat(2000) + "\"}"));
    }

    @Test
    void hundredsOfSilentConnectionsDoNotStarveOthers() throws IOException {
        for (int i = 0; i < 300; i++) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            sockets.add(socket);
        }
        // Half of them start a request and never finish it (slowloris).
        for (int i = 0; i < sockets.size(); i += 2) {
            OutputStream out = sockets.get(i).getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"te").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        assertAnswered(json(NORMAL));
    }

    private WebTestClient.ResponseSpec json(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    private WebTestClient.ResponseSpec post(byte[] body) {
        return web.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void assertRefused(WebTestClient.ResponseSpec response) {
        response.expectStatus().isBadRequest().expectBody().jsonPath("$.error").isNotEmpty();
    }

    private static void assertAnswered(WebTestClient.ResponseSpec response) {
        response.expectStatus().isOk().expectBody().jsonPath("$.text").isNotEmpty();
    }

    private static void assertNot5xx(WebTestClient.ResponseSpec response) {
        response.expectStatus().value(status -> assertThat(status).isLessThan(500));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
