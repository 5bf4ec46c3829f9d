package org.backpainbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load on {@code /ws/chat}: {@code sockets} concurrent sockets, each waits for the welcome frame, then
 * sends {@code messages} distinct questions one after another, each only after the previous reply arrived. Prints
 * replies per second and round-trip p50/p99. A warm-up round (same shape, results discarded) runs first so the
 * server's JIT is measured warm.
 *
 * <p>Usage: {@code java -cp ... org.backpainbot.bench.WebSocketLoad [host] [port] [sockets] [messages]
 * [warmupMessages]}, defaults {@code 127.0.0.1 8080 100 200 50}. The server's per-socket rate limit must be raised
 * for it (README, "Benchmarks").
 */
public final class WebSocketLoad {

    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern REPLY_TO = Pattern.compile("\"replyTo\"\\s*:\\s*\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        int sockets = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int messages = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        URI uri = URI.create("ws://" + host + ":" + port + "/ws/chat");
        Questions questions = Questions.fromEval();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        if (warmup > 0) {
            System.out.println(run(http, uri, questions, sockets, warmup, "warm-up"));
        }
        System.out.println(run(http, uri, questions, sockets, messages, "measured"));
    }

    private static String run(HttpClient http, URI uri, Questions questions, int sockets, int messages,
                              String label) throws Exception {
        Latencies latencies = new Latencies(sockets * messages);
        AtomicLong errors = new AtomicLong();
        Client[] clients = new Client[sockets];
        for (int i = 0; i < sockets; i++) {
            clients[i] = new Client(questions, messages, latencies, errors);
            http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, clients[i])
                    .get(30, TimeUnit.SECONDS);
        }
        for (Client client : clients) {
            client.welcomed.get(30, TimeUnit.SECONDS);
        }
        long start = System.nanoTime();
        for (Client client : clients) {
            client.sendNext();
        }
        for (Client client : clients) {
            client.done.get(10, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - start;
        for (Client client : clients) {
            client.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
        return latencies.summary(label + " " + sockets + " sockets x " + messages + " messages", wall, errors.get());
    }

    /** One socket's closed loop. */
    private static final class Client implements WebSocket.Listener {

        final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final Questions questions;
        private final int messages;
        private final Latencies latencies;
        private final AtomicLong errors;
        private final StringBuilder frame = new StringBuilder();
        private WebSocket socket;
        private CompletableFuture<WebSocket> lastSend;
        private int sent;
        private String waitingFor;
        private long sentAt;

        Client(Questions questions, int messages, Latencies latencies, AtomicLong errors) {
            this.questions = questions;
            this.messages = messages;
            this.latencies = latencies;
            this.errors = errors;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            lastSend = CompletableFuture.completedFuture(webSocket);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                String text = frame.toString();
                frame.setLength(0);
                onFrame(text);
            }
            webSocket.request(1);
            return null;
        }

        private void onFrame(String text) {
            Matcher type = TYPE.matcher(text);
            String kind = type.find() ? type.group(1) : "";
            if (kind.equals("welcome")) {
                welcomed.complete(null);
                return;
            }
            Matcher replyTo = REPLY_TO.matcher(text);
            if (waitingFor == null || !replyTo.find() || !replyTo.group(1).equals(waitingFor)) {
                return;
            }
            latencies.add(System.nanoTime() - sentAt);
            if (!kind.equals("reply")) {
                errors.incrementAndGet();
            }
            if (sent == messages) {
                done.complete(null);
            } else {
                sendNext();
            }
        }

        void sendNext() {
            sent++;
            waitingFor = Integer.toString(sent);
            String json = "{\"type\":\"message\",\"text\":" + Questions.quote(questions.next()) + ",\"id\":\""
                    + waitingFor + "\"}";
            // The previous send has completed long before its reply arrived, but a socket allows one send at a
            // time, so chain on it rather than assume.
            lastSend = lastSend.thenCompose(ws -> {
                sentAt = System.nanoTime();
                return ws.sendText(json, true);
            });
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            welcomed.completeExceptionally(error);
            done.completeExceptionally(error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            done.completeExceptionally(new IllegalStateException("closed by server: " + statusCode + " " + reason));
            return null;
        }
    }
}
