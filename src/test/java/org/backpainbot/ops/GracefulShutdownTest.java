package org.backpainbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.backpainbot.BackpainBotApplication;
import org.backpainbot.chat.ChatService;
import org.backpainbot.chat.Citation;
import org.backpainbot.chat.Message;
import org.backpainbot.chat.Reply;
import org.backpainbot.chat.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import reactor.core.publisher.Mono;

/**
 * A rolling deploy stops instances while they are answering: with {@code server.shutdown=graceful} a request that
 * is being answered when the context closes still gets its answer, new connections are refused meanwhile, and the
 * application then starts again cleanly in the same JVM (nothing static or global left behind).
 *
 * <p>Not covered, because it does not hold: Reactor Netty's graceful shutdown does not wait for a request whose
 * body is still arriving (headers and half a body sent); that connection is closed. Chat bodies are a few hundred
 * bytes and arrive in one packet, so in practice only a stalled client loses its request.
 */
class GracefulShutdownTest {

    private static final String BODY = "{\"text\":\"is it normal to have back pain after giving birth\"}";

    @Test
    void anInFlightRequestIsAnsweredWhileTheContextClosesAndTheAppStartsAgain() throws Exception {
        ConfigurableApplicationContext first = start(HeldReplies.class);
        HeldReplies held = first.getBean(HeldReplies.class);
        int port = port(first);

        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(request(port),
                HttpResponse.BodyHandlers.ofString());
        held.entered.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
        awaitRefused(port);
        assertThat(closing).isNotDone();
        held.release.complete(null);

        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"section\"");
        closing.get(30, TimeUnit.SECONDS);
        assertThat(first.isActive()).isFalse();

        ConfigurableApplicationContext second = start();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request(port(second)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"section\"");
        } finally {
            second.close();
        }
    }

    /**
     * Holds every reply of the real chat service until the test releases it, so a request is provably mid-answer
     * when shutdown begins.
     */
    @Configuration(proxyBeanMethods = false)
    static class HeldReplies {

        final CompletableFuture<Void> entered = new CompletableFuture<>();
        final CompletableFuture<Void> release = new CompletableFuture<>();

        @Bean
        @Primary
        ChatService heldChat(@Qualifier("defaultChatService") ChatService real) {
            return new ChatService() {
                @Override
                public Mono<Reply> reply(Message message) {
                    return real.reply(message)
                            .doOnSubscribe(s -> entered.complete(null))
                            .delayUntil(reply -> Mono.fromFuture(release));
                }

                @Override
                public Reply welcome() {
                    return real.welcome();
                }

                @Override
                public String help() {
                    return real.help();
                }

                @Override
                public List<Topic> topics() {
                    return real.topics();
                }

                @Override
                public List<Citation> sources() {
                    return real.sources();
                }

                @Override
                public String nonText() {
                    return real.nonText();
                }
            };
        }
    }

    private static HttpRequest request(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
    }

    private static ConfigurableApplicationContext start(Class<?>... extra) {
        return new SpringApplicationBuilder(BackpainBotApplication.class).sources(extra)
                .properties("server.port=0", "server.address=127.0.0.1").run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Waits until the server has stopped accepting connections, i.e. graceful shutdown has begun. */
    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                // A timeout or reset while the listener closes: try again.
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server kept accepting connections after close() began");
    }
}
