package org.backpainbot.chat;

/**
 * One incoming chat message, whatever the transport.
 *
 * @param text what the user typed (may be null when {@code topic} is set)
 * @param conversationId opaque id that ties follow-ups together (a socket, a Telegram chat), or null
 * @param topic a section id the user picked from a suggestion or topic list, or null for free text
 */
public record Message(String text, String conversationId, String topic, Channel channel) {

    public static Message text(String text, String conversationId, Channel channel) {
        return new Message(text, conversationId, null, channel);
    }

    public static Message topic(String sectionId, String conversationId, Channel channel) {
        return new Message(null, conversationId, sectionId, channel);
    }
}
