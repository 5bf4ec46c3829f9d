package org.backpainbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load on {@code POST /api/chat}: {@code clients} concurrent clients, each posts {@code messages}
 * distinct questions one after another over keep-alive connections. Prints replies per second and p50/p99, after
 * a warm-up round whose results are discarded.
 *
 * <p>Usage: {@code java -cp ... org.backpainbot.bench.HttpLoad [host] [port] [clients] [messages]
 * [warmupMessages]}, defaults {@code 127.0.0.1 8080 100 200 50}.
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int messages = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        URI uri = URI.create("http://" + host + ":" + port + "/api/chat");
        Questions questions = Questions.fromEval();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        if (warmup > 0) {
            System.out.println(run(http, uri, questions, clients, warmup, "warm-up"));
        }
        System.out.println(run(http, uri, questions, clients, messages, "measured"));
    }

    private static String run(HttpClient http, URI uri, Questions questions, int clients, int messages,
                              String label) throws Exception {
        Latencies latencies = new Latencies(clients * messages);
        AtomicLong errors = new AtomicLong();
        CompletableFuture<?>[] loops = new CompletableFuture<?>[clients];
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            loops[i] = loop(http, uri, questions, messages, latencies, errors);
        }
        CompletableFuture.allOf(loops).get(10, TimeUnit.MINUTES);
        long wall = System.nanoTime() - start;
        return latencies.summary(label + " " + clients + " clients x " + messages + " messages", wall, errors.get());
    }

    private static CompletableFuture<Void> loop(HttpClient http, URI uri, Questions questions, int remaining,
                                                Latencies latencies, AtomicLong errors) {
        if (remaining == 0) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":" + Questions.quote(questions.next()) + "}"))
                .build();
        long sentAt = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            latencies.add(System.nanoTime() - sentAt);
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            return loop(http, uri, questions, remaining - 1, latencies, errors);
        });
    }
}
