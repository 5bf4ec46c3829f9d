package org.backpainbot.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.backpainbot.chat.Channel;
import org.backpainbot.chat.ChatService;
import org.backpainbot.chat.Message;
import org.backpainbot.chat.Reply;
import org.backpainbot.chat.Topic;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP JSON API: one message in, one {@link Reply} out; and the list of topics. The body is read as text and
 * parsed here, so any content type, malformed JSON or odd shape gets the same clear 400.
 */
@RestController
class ChatApiController {

    /** Room for 2,000 characters of text even if every one takes 4 bytes, plus the JSON around it. */
    private static final int MAX_BODY_BYTES = ChatService.MAX_TEXT_LENGTH * 4 + 1024;

    private final ChatService chat;
    private final JsonMapper json;

    ChatApiController(ChatService chat, JsonMapper json) {
        this.chat = chat;
        this.json = json;
    }

    @PostMapping(path = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> chat(ServerHttpRequest http) {
        return DataBufferUtils.join(http.getBody(), MAX_BODY_BYTES)
                .map(buffer -> {
                    try {
                        return buffer.toString(StandardCharsets.UTF_8);
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty("")
                .flatMap(this::chat)
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(error("the body is too large: at most "
                        + ChatService.MAX_TEXT_LENGTH + " characters of text")))
                // The client left while its body was arriving: nobody to answer, and nothing to log as a server error.
                .onErrorResume(AbortedException.class, e -> Mono.empty());
    }

    private Mono<ResponseEntity<?>> chat(String body) {
        ChatRequest request;
        try {
            request = body.isBlank() ? null : json.readValue(body, ChatRequest.class);
        } catch (JacksonException e) {
            return Mono.just(error("the body must be JSON like {\"text\": \"your question\"}"));
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            return Mono.just(error("text is required: send {\"text\": \"your question\"}"));
        }
        if (request.text().length() > ChatService.MAX_TEXT_LENGTH) {
            return Mono.just(error("text is too long: at most " + ChatService.MAX_TEXT_LENGTH + " characters"));
        }
        String conversation = request.conversationId() == null || request.conversationId().isBlank() ? null
                : request.conversationId().strip();
        if (conversation != null && conversation.length() > 100) {
            return Mono.just(error("conversationId is too long: at most 100 characters"));
        }
        return chat.reply(Message.text(request.text(), conversation, Channel.HTTP)).map(ResponseEntity::ok);
    }

    @GetMapping(path = "/api/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Topic> topics() {
        return chat.topics();
    }

    private static ResponseEntity<Map<String, String>> error(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
