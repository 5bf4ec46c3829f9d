package org.backpainbot.web;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;

/**
 * Keeps one socket honest: pings it every {@code pingInterval} (browsers answer with a pong, proxies see
 * traffic) and closes it with 1001 once nothing at all has been heard for {@code idleTimeout}. The close is sent
 * while the inbound stream is still subscribed; cancelling that stream first would make Netty close without a
 * status code.
 */
final class Heartbeat {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    static final CloseStatus IDLE = CloseStatus.GOING_AWAY.withReason("idle");

    private final Duration pingInterval;
    private final Duration idleTimeout;
    private final LongSupplier nanoTime;
    private volatile long lastHeard;

    Heartbeat(Duration pingInterval, Duration idleTimeout, LongSupplier nanoTime) {
        this.pingInterval = pingInterval;
        this.idleTimeout = idleTimeout;
        this.nanoTime = nanoTime;
        this.lastHeard = nanoTime.getAsLong();
    }

    /** Any frame from the peer, pongs included, proves it is there. */
    void heard() {
        lastHeard = nanoTime.getAsLong();
    }

    /** Pings, and the idle close, until {@code done} completes; emits only pings. */
    Flux<WebSocketMessage> run(WebSocketSession session, Mono<Void> done) {
        Flux<WebSocketMessage> pings = Flux.interval(pingInterval, pingInterval)
                .map(tick -> session.pingMessage(buffers -> buffers.allocateBuffer(0)));
        // Checked four times per timeout, so an idle socket goes within 1.25 timeouts.
        Duration check = idleTimeout.dividedBy(4);
        Flux<WebSocketMessage> idleClose = Flux.interval(check, check)
                .filter(tick -> nanoTime.getAsLong() - lastHeard >= idleTimeout.toNanos())
                .take(1)
                // Subscribed on its own: the close ends the conversation, which completes `done`, and cancelling
                // Netty's sendClose before its write has run releases the frame under the write (refCnt 0).
                .doOnNext(tick -> session.close(IDLE).subscribe(null,
                        e -> log.debug("idle close failed: {}", e.getClass().getName())))
                .thenMany(Flux.empty());
        return Flux.merge(pings, idleClose).takeUntilOther(done);
    }
}
