package org.backpainbot.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.backpainbot.chat.ChatService;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;

/**
 * The website chat on one socket: receive, parse, {@link ChatService#reply}, serialize, send. Replies go out in
 * the order the questions came in; each socket is one conversation with a server-side id.
 */
@Component
class ChatWebSocketHandler implements WebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatWebSocketHandler.class);

    static final CloseStatus FULL = CloseStatus.SERVICE_OVERLOAD.withReason("too many connections");

    private final ChatService chat;
    private final ChatFrames frames;
    private final WebChatProperties properties;
    private final AtomicInteger open = new AtomicInteger();

    ChatWebSocketHandler(ChatService chat, ChatFrames frames, WebChatProperties properties) {
        this.chat = chat;
        this.frames = frames;
        this.properties = properties;
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        if (open.incrementAndGet() > properties.maxSockets()) {
            open.decrementAndGet();
            return session.close(FULL);
        }
        String conversationId = UUID.randomUUID().toString();
        TokenBucket bucket = new TokenBucket(properties.rateLimit().burst(), properties.rateLimit().perSecond(),
                System::nanoTime);

        Heartbeat heartbeat = new Heartbeat(properties.pingInterval(), properties.idleTimeout(), System::nanoTime);

        Flux<String> replies = session.receive()
                .doOnNext(frame -> heartbeat.heard())
                // A pong only proves the peer is alive, which the heartbeat has just noted.
                .filter(frame -> frame.getType() == WebSocketMessage.Type.TEXT
                        || frame.getType() == WebSocketMessage.Type.BINARY)
                // The rate limit is judged on arrival; the payload is read now, before Netty recycles its buffer.
                .map(frame -> frame.getType() == WebSocketMessage.Type.TEXT
                        ? frames.read(frame.getPayloadAsText(), bucket.tryTake(), conversationId)
                        : frames.binary(bucket.tryTake()))
                .onErrorResume(e -> {
                    // The transport failed (peer gone, frame too big: Netty has already closed with 1009).
                    log.debug("chat socket ended by {}", e.getClass().getName());
                    return Mono.empty();
                })
                .concatMap(this::answer);

        Sinks.Empty<Void> done = Sinks.empty();
        Flux<WebSocketMessage> conversation = Flux.concat(Mono.fromCallable(() -> frames.welcome(chat.welcome())),
                        replies)
                .map(session::textMessage)
                .doFinally(signal -> done.tryEmitEmpty());

        return session.send(Flux.merge(conversation, heartbeat.run(session, done.asMono())))
                .doFinally(signal -> open.decrementAndGet());
    }
    private Mono<String> answer(ChatFrames.Incoming incoming) {
        if (incoming.refusal() != null) {
            return Mono.just(frames.error(incoming.refusal()));
        }
        return chat.reply(incoming.message())
                .map(reply -> frames.reply(reply, incoming.replyTo()))
                .onErrorResume(e -> {
                    // ChatService promises never to fail; if it does, this socket's user still gets an answer.
                    log.warn("chat reply failed with {}", e.getClass().getName());
                    return Mono.just(frames.unavailable(incoming.replyTo()));
                })
                .switchIfEmpty(Mono.fromSupplier(() -> frames.unavailable(incoming.replyTo())));
    }

    /** Sockets open now, for tests and a future metric. */
    int openSockets() {
        return open.get();
    }
}
