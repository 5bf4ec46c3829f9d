package org.backpainbot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.search.SearchException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /admin/reindex}, {@code POST /admin/rollback}, {@code GET /admin/index}, behind a bearer token. Only
 * registered when {@code bot.admin-token} is set, so without one the endpoints do not exist (404).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(AdminRoutes.TokenConfigured.class)
class AdminRoutes {

    @Bean
    RouterFunction<ServerResponse> adminRouter(Maintenance maintenance, AdminProperties properties) {
        return RouterFunctions.route()
                .POST("/admin/reindex", request -> respond(maintenance::reindex))
                .POST("/admin/rollback", request -> respond(maintenance::rollback))
                .GET("/admin/index", request -> respond(maintenance::status))
                .filter(bearer(properties.adminToken()))
                .build();
    }

    /**
     * Runs the operation on the bounded-elastic pool, never on the event loop. Detached from the request: a client
     * that disconnects must not interrupt a build half-way through its disk writes, so it finishes (or fails) cleanly.
     */
    private static Mono<ServerResponse> respond(Supplier<?> operation) {
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(operation,
                        task -> Schedulers.boundedElastic().schedule(task)), true)
                .flatMap(body -> json(HttpStatus.OK, body))
                .onErrorResume(InvalidContentException.class, e -> json(HttpStatus.UNPROCESSABLE_CONTENT,
                        Map.of("problems", e.problems().stream().map(ContentProblem::toString).toList())))
                .onErrorResume(MaintenanceConflictException.class, e -> json(HttpStatus.CONFLICT,
                        Map.of("error", e.getMessage())))
                .onErrorResume(e -> e instanceof VersionException || e instanceof SearchException,
                        e -> json(HttpStatus.INTERNAL_SERVER_ERROR, Map.of("error", e.getMessage()
                                + "; the live version keeps serving")));
    }

    private static Mono<ServerResponse> json(HttpStatus status, Object body) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }

    /**
     * Compares SHA-256 digests of the tokens with {@link MessageDigest#isEqual}: constant time in the content, and
     * equal lengths, so neither how much of a guess is right nor the token's length shows in the response time.
     */
    static HandlerFilterFunction<ServerResponse, ServerResponse> bearer(String token) {
        byte[] expected = sha256(token);
        return (request, next) -> {
            String header = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
            String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip() : null;
            if (presented == null || !MessageDigest.isEqual(expected, sha256(presented))) {
                return ServerResponse.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"backpain-bot admin\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("error", "a valid 'Authorization: Bearer <token>' header is required"));
            }
            return next.handle(request);
        };
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Set and not blank: an empty {@code BOT_ADMIN_TOKEN} leaves the endpoints off rather than open. */
    static class TokenConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("bot.admin-token");
            return token != null && !token.isBlank();
        }
    }
}
