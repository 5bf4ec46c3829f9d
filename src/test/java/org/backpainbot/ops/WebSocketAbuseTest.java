package org.backpainbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * Hostile and odd frames on {@code /ws/chat}: each gets a reply, an error frame, or (past the frame cap, or not
 * UTF-8) a close with a protocol code; never a crash. After every case a fresh socket still gets a normal answer.
 * Same context configuration as the other ops tests, so Spring reuses one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class WebSocketAbuseTest {

    private static final String NORMAL = "{\"type\":\"message\",\"id\":\"n\","
            + "\"text\":\"is it normal to have back pain after giving birth\"}";

    @LocalServerPort
    private int port;

    private final List<RawWebSocket> sockets = new ArrayList<>();

    @AfterEach
    void othersAreStillAnswered() throws IOException {
        try (RawWebSocket other = RawWebSocket.open(port)) {
            other.sendText(NORMAL);
            assertReply(other.nextAfterWelcome());
        }
        for (RawWebSocket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void emptyTextGetsAnErrorFrameAndTheSocketStaysUsable() throws IOException {
        RawWebSocket ws = open();
        ws.sendText("{\"type\":\"message\",\"id\":\"1\",\"text\":\"\"}");
        assertError(ws.nextAfterWelcome());
        ws.sendText("");
        assertError(ws.next());
        ws.sendText(NORMAL);
        assertReply(ws.next());
    }

    @Test
    void aMegabyteFrameClosesOnlyThatSocketAsTooBig() throws IOException {
        RawWebSocket ws = open();
        ws.sendText("{\"type\":\"message\",\"id\":\"1\",\"text\":\"" + "a".repeat(1024 * 1024) + "\"}");
        assertThat(closeOrError(ws)).isEqualTo(1009);
    }

    @Test
    void aTenThousandCharacterWordIsRefusedAndOneWithinTheLimitIsAnswered() throws IOException {
        RawWebSocket ws = open();
        ws.sendText("{\"type\":\"message\",\"id\":\"1\",\"text\":\"" + "backpain".repeat(249) + "\"}");
        assertReply(ws.nextAfterWelcome());
        ws.sendText("{\"type\":\"message\",\"id\":\"2\",\"text\":\"" + "x".repeat(10_000) + "\"}");
        // 10 KB is past the 8 KB frame cap: closed as too big before it is buffered.
        assertThat(closeOrError(ws)).isEqualTo(1009);
    }

    @Test
    void invalidUtf8InATextFrameIsRefused() throws IOException {
        RawWebSocket ws = open();
        byte[] prefix = "{\"type\":\"message\",\"id\":\"1\",\"text\":\"back pain ".getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[prefix.length + 5];
        System.arraycopy(prefix, 0, payload, 0, prefix.length);
        payload[prefix.length] = (byte) 0xC3;
        payload[prefix.length + 1] = (byte) 0x28;
        payload[prefix.length + 2] = (byte) 0xFF;
        payload[prefix.length + 3] = '"';
        payload[prefix.length + 4] = '}';
        ws.send(RawWebSocket.TEXT, payload);
        // Either closed as invalid data (1007) or read with replacement characters and answered or refused.
        RawWebSocket.Frame frame = ws.nextAfterWelcome();
        assertThat(frame.opcode() == RawWebSocket.CLOSE ? frame.closeCode() != 1011 : !frame.text().isEmpty())
                .isTrue();
    }

    @Test
    void deeplyNestedJsonGetsAnErrorFrame() throws IOException {
        RawWebSocket ws = open();
        ws.sendText("[".repeat(4000) + "]".repeat(4000));
        assertError(ws.nextAfterWelcome());
        ws.sendText("{\"type\":\"message\",\"id\":\"1\",\"text\":" + "{\"a\":".repeat(1200) + "1" + "}".repeat(1201));
        assertError(ws.next());
    }

    @Test
    void nulBytesAreAnsweredOrRefusedNeverFatal() throws IOException {
        RawWebSocket ws = open();
        ws.sendText("{\"type\":\"message\",\"id\":\"1\",\"text\":\"back\\u0000pain\\u0000after\\u0000epidural\"}");
        assertReply(ws.nextAfterWelcome());
        ws.sendText("{\"type\":\"message\",\"id\":\"2\",\"text\":\"back\0pain\"}");
        assertError(ws.next());
        ws.sendText("\0\0\0");
        assertError(ws.next());
    }

    @Test
    void rightToLeftAndEmojiOnlyTextGetReplies() throws IOException {
        RawWebSocket ws = open();
        ws.sendText("{\"type\":\"message\",\"id\":\"1\",\"text\":\"ظهري يؤلمني بعد الولادة\"}");
        assertReply(ws.nextAfterWelcome());
        ws.sendText("{\"type\":\"message\",\"id\":\"2\",\"text\":\"\u202Eback pain after epidural\u202C\"}");
        assertReply(ws.next());
        ws.sendText("{\"type\":\"message\",\"id\":\"3\",\"text\":\"😭😭🤰👶💔\"}");
        assertReply(ws.next());
    }

    @Test
    void hundredsOfSilentSocketsDoNotStarveOthers() throws IOException {
        for (int i = 0; i < 300; i++) {
            sockets.add(RawWebSocket.open(port));
        }
    }

    private RawWebSocket open() throws IOException {
        RawWebSocket ws = RawWebSocket.open(port);
        sockets.add(ws);
        return ws;
    }

    /** The close code the server ended the socket with; an error frame first is allowed. */
    private static int closeOrError(RawWebSocket ws) throws IOException {
        RawWebSocket.Frame frame = ws.nextAfterWelcome();
        while (frame.opcode() == RawWebSocket.TEXT) {
            assertThat(frame.text()).contains("\"type\":\"error\"");
            frame = ws.next();
        }
        assertThat(frame.opcode()).isEqualTo(RawWebSocket.CLOSE);
        return frame.closeCode();
    }

    private static void assertReply(RawWebSocket.Frame frame) {
        assertThat(frame.opcode()).isEqualTo(RawWebSocket.TEXT);
        assertThat(frame.text()).contains("\"type\":\"reply\"").contains("\"text\":\"");
    }

    private static void assertError(RawWebSocket.Frame frame) {
        assertThat(frame.opcode()).isEqualTo(RawWebSocket.TEXT);
        assertThat(frame.text()).contains("\"type\":\"error\"");
    }
}
