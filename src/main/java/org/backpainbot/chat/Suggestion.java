package org.backpainbot.chat;

/**
 * A follow-up topic offered to the user: channels show {@code label} and, when it is picked, send
 * {@link Message#topic} with {@code section}.
 */
public record Suggestion(String label, String section) {
}
