package org.backpainbot.telegram;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a chat appears in logs: a keyed hash, stable for the life of the process, so one chat's lines can be
 * followed without its id being recoverable (a plain hash of a chat id would be brute-forced in seconds).
 */
final class ChatHash {

    private static final byte[] KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private ChatHash() {
    }

    static String of(Long chatId) {
        if (chatId == null) {
            return "-";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array());
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }
}
