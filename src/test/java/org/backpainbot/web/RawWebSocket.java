package org.backpainbot.web;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebSocket peer written by hand, for what real clients hide: it never answers pings (a dead browser tab) and
 * can send a frame header alone, so the server's close frame arrives without a TCP reset racing it.
 */
final class RawWebSocket implements AutoCloseable {

    static final int OPCODE_TEXT = 0x1;
    static final int OPCODE_CLOSE = 0x8;
    static final int OPCODE_PING = 0x9;

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    record Frame(int opcode, byte[] payload) {
        int closeCode() {
            assertThat(opcode).isEqualTo(OPCODE_CLOSE);
            return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }
    }

    RawWebSocket(int port) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout((int) ChatSocket.TIMEOUT.toMillis());
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        out = new DataOutputStream(socket.getOutputStream());
        out.write(("GET /ws/chat HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = readLine();
        assertThat(status).contains(" 101 ");
        while (!readLine().isEmpty()) {
            // skip the response headers
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed during handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Reads one server frame (servers never mask). */
    Frame read() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[Math.toIntExact(length)];
        in.readFully(payload);
        return new Frame(first & 0x0F, payload);
    }

    /** Reads frames until one with this opcode. */
    Frame readUntil(int opcode) throws IOException {
        Frame frame;
        do {
            frame = read();
        } while (frame.opcode() != opcode);
        return frame;
    }

    /** Announces a text frame of {@code length} bytes but sends none of them. */
    void sendTextHeader(int length) throws IOException {
        assertThat(length).as("the 16-bit length form, which Netty insists on below 64 KiB").isBetween(126, 65535);
        out.writeByte(0x80 | OPCODE_TEXT);
        out.writeByte(0x80 | 126);
        out.writeShort(length);
        out.writeInt(0); // masking key: clients must mask, a zero key keeps the payload as is
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
