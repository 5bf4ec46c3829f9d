package org.backpainbot.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.backpainbot.chat.ChatService;
import org.backpainbot.chat.Channel;
import org.backpainbot.chat.Citation;
import org.backpainbot.chat.Message;
import org.backpainbot.chat.Reply;
import org.backpainbot.chat.Suggestion;
import org.backpainbot.triage.Urgency;

import org.springframework.stereotype.Component;

/**
 * The JSON protocol of {@code /ws/chat}: turns an incoming text frame into a {@link Message} or a refusal, and
 * replies, errors and the greeting into outgoing frames. No chat logic lives here.
 */
@Component
class ChatFrames {

    /** Section ids are short slugs; anything longer is not one of ours. */
    private static final int MAX_SECTION_LENGTH = 200;
    /** The client's id is only echoed back; keep echoes small. */
    private static final int MAX_ID_LENGTH = 100;

    private static final String RATE_LIMITED = "You're sending messages quickly. Please wait a moment.";

    private final JsonMapper json;

    ChatFrames(JsonMapper json) {
        this.json = json;
    }

    /** What one incoming frame asks for: a message for the chat, or an error frame to send back. */
    record Incoming(Message message, String replyTo, ErrorFrame refusal) {

        static Incoming refused(String replyTo, String code, String text) {
            return new Incoming(null, replyTo, new ErrorFrame(code, text, replyTo));
        }
    }

    /**
     * Parses a text frame.
     *
     * @param allowed false when the socket's rate limit refused this frame; it is still parsed for its id
     */
    Incoming read(String frame, boolean allowed, String conversationId) {
        ClientFrame in;
        try {
            in = json.readValue(frame, ClientFrame.class);
        } catch (JacksonException e) {
            // e.getMessage() quotes the frame, i.e. the user's text: only the type is worth knowing.
            return Incoming.refused(null, "bad_request", "That message was not valid JSON.");
        }
        if (in == null) {
            return Incoming.refused(null, "bad_request", "That message was empty.");
        }
        String id = in.id() == null || in.id().length() > MAX_ID_LENGTH ? null : in.id();
        if (!allowed) {
            return Incoming.refused(id, "rate_limited", RATE_LIMITED);
        }
        if ("message".equals(in.type())) {
            if (in.text() == null || in.text().isBlank()) {
                return Incoming.refused(id, "bad_request", "A message needs some text.");
            }
            if (in.text().length() > ChatService.MAX_TEXT_LENGTH) {
                return Incoming.refused(id, "too_large", "Please keep your question under "
                        + ChatService.MAX_TEXT_LENGTH + " characters.");
            }
            return new Incoming(Message.text(in.text(), conversationId, Channel.WEB), id, null);
        }
        if ("topic".equals(in.type())) {
            if (in.section() == null || in.section().isBlank() || in.section().length() > MAX_SECTION_LENGTH) {
                return Incoming.refused(id, "bad_request", "A topic needs a section.");
            }
            return new Incoming(Message.topic(in.section(), conversationId, Channel.WEB), id, null);
        }
        return Incoming.refused(id, "bad_request", "Unknown message type.");
    }

    Incoming binary(boolean allowed) {
        return allowed ? Incoming.refused(null, "bad_request", "Only text frames with JSON are understood.")
                : Incoming.refused(null, "rate_limited", RATE_LIMITED);
    }

    String welcome(Reply welcome) {
        return json.writeValueAsString(new WelcomeFrame(welcome.text(), welcome.suggestions()));
    }

    String reply(Reply reply, String replyTo) {
        return json.writeValueAsString(new ReplyFrame(replyTo, reply.text(), reply.section(), reply.passageId(),
                reply.urgency(), reply.advice(), reply.citations(), reply.suggestions()));
    }

    String error(ErrorFrame error) {
        return json.writeValueAsString(error);
    }

    String unavailable(String replyTo) {
        return error(new ErrorFrame("unavailable", "Sorry, I can't answer right now. Please try again in a moment.",
                replyTo));
    }

    /** Client to server: {@code message} with {@code text}, or {@code topic} with {@code section}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClientFrame(String type, String text, String section, String id) {
    }

    record WelcomeFrame(String type, String text, List<Suggestion> suggestions) {
        WelcomeFrame(String text, List<Suggestion> suggestions) {
            this("welcome", text, suggestions);
        }
    }

    /** Every field of {@link Reply}, nulls included, so clients see one stable shape. */
    record ReplyFrame(String type, @JsonInclude(JsonInclude.Include.NON_NULL) String replyTo, String text,
                      String section, String passageId, Urgency urgency, String advice, List<Citation> citations,
                      List<Suggestion> suggestions) {
        ReplyFrame(String replyTo, String text, String section, String passageId, Urgency urgency, String advice,
                   List<Citation> citations, List<Suggestion> suggestions) {
            this("reply", replyTo, text, section, passageId, urgency, advice, citations, suggestions);
        }
    }

    record ErrorFrame(String type, String code, String message,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String replyTo) {
        ErrorFrame(String code, String message, String replyTo) {
            this("error", code, message, replyTo);
        }
    }
}
