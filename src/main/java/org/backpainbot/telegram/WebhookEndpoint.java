package org.backpainbot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

/**
 * Receives updates Telegram posts in webhook mode. Only requests carrying the configured secret token are read;
 * the update is handed to the router, which answers asynchronously, so Telegram gets its 200 at once.
 */
final class WebhookEndpoint {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final byte[] secret;
    private final ObjectMapper json;
    private final UpdateRouter router;

    WebhookEndpoint(String secret, ObjectMapper json, UpdateRouter router) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.router = router;
    }

    RouterFunction<ServerResponse> routes(String path) {
        return RouterFunctions.route(RequestPredicates.POST(path), this::receive);
    }

    private Mono<ServerResponse> receive(ServerRequest request) {
        String given = request.headers().firstHeader(SECRET_HEADER);
        if (given == null) {
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ServerResponse.status(HttpStatus.FORBIDDEN).build();
        }
        return request.bodyToMono(byte[].class)
                .doOnNext(this::handle)
                .then(ServerResponse.ok().build());
    }

    private void handle(byte[] body) {
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException e) {
            // a 200 all the same: Telegram would otherwise redeliver an update that can never be read
            log.warn("Dropped an unreadable webhook update: {}", e.getClass().getSimpleName());
            return;
        }
        router.consume(update);
    }
}
