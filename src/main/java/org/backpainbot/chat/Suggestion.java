package org.backpainbot.chat;

/**
 * A follow-up topic offered to the user: channels show {@code label} and, when it is picked, send
 * {@link Message#topic} with {@code section}: a section id, or {@code references:<section id>} for the research
 * behind a section. Channels pass it back as it is.
 */
public record Suggestion(String label, String section) {
}
