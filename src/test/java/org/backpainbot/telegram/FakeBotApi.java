package org.backpainbot.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Telegram Bot API on loopback for the real client library: queues updates for getUpdates, records every
 * call, and can answer one sendMessage with 429.
 */
final class FakeBotApi implements AutoCloseable {

    static final String BOT_USERNAME = "BackPainTestBot";
    static final long BOT_ID = 4242L;

    /** One request the bot made; {@code body} is the JSON, or null for multipart (setWebhook). */
    record Call(String method, JsonNode body, String raw, int status, long atNanos) {
        String text() {
            return body == null || body.get("text") == null ? null : body.get("text").asText();
        }

        long chatId() {
            return body == null || body.get("chat_id") == null ? 0 : body.get("chat_id").asLong();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-bot-api");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Map<String, Object>> updates = new LinkedBlockingQueue<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    private final Map<Long, Integer> rateLimitOnce = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void push(Map<String, Object> update) {
        Map<String, Object> withId = new LinkedHashMap<>(update);
        withId.put("update_id", nextUpdateId.getAndIncrement());
        updates.add(withId);
    }

    void rateLimitNextMessageTo(long chatId, int retryAfterSeconds) {
        rateLimitOnce.put(chatId, retryAfterSeconds);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    List<Call> sent(long chatId) {
        return calls("sendMessage").stream().filter(c -> c.chatId() == chatId && c.status() == 200).toList();
    }

    /** Waits, up to the timeout, until {@code count} calls match; fails with what was seen otherwise. */
    List<Call> await(String method, Predicate<Call> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls(method).stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + method + " call(s) within " + timeout
                        + ", saw " + found.size() + "; all calls: " + calls);
            }
            synchronized (calls) {
                calls.wait(50);
            }
        }
    }

    List<Call> awaitSent(long chatId, int count) throws InterruptedException {
        return await("sendMessage", c -> c.chatId() == chatId && c.status() == 200, count, Duration.ofSeconds(10));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = type != null && type.startsWith("application/json") && !raw.isEmpty()
                    ? json.readTree(raw) : NullNode.getInstance();
            if (method.equals("getupdates")) {
                respond(exchange, 200, ok(pollUpdates()));
                return;
            }
            int status = 200;
            Object answer = switch (method) {
                case "getme" -> Map.of("id", BOT_ID, "is_bot", true, "first_name", "Back pain",
                        "username", BOT_USERNAME);
                case "sendmessage" -> {
                    long chatId = body.path("chat_id").asLong();
                    Integer retryAfter = rateLimitOnce.remove(chatId);
                    if (retryAfter != null) {
                        status = 429;
                        yield null;
                    }
                    yield Map.of("message_id", nextMessageId.getAndIncrement(),
                            "date", Instant.now().getEpochSecond(),
                            "chat", Map.of("id", chatId, "type", "private"),
                            "text", body.path("text").asText());
                }
                default -> Boolean.TRUE; // deleteWebhook, setMyCommands, answerCallbackQuery, setWebhook
            };
            record(new Call(method, body.isNull() ? null : body, raw, status, System.nanoTime()));
            if (status == 429) {
                respond(exchange, 429, Map.of("ok", false, "error_code", 429,
                        "description", "Too Many Requests: retry after 1",
                        "parameters", Map.of("retry_after", 1)));
            } else {
                respond(exchange, 200, ok(answer));
            }
        }
    }

    private void record(Call call) {
        calls.add(call);
        synchronized (calls) {
            calls.notifyAll();
        }
    }

    private List<Map<String, Object>> pollUpdates() {
        List<Map<String, Object>> batch = new ArrayList<>();
        try {
            Map<String, Object> first = updates.poll(200, TimeUnit.MILLISECONDS);
            if (first != null) {
                batch.add(first);
                updates.drainTo(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return batch;
    }

    private static Map<String, Object> ok(Object result) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("ok", true);
        response.put("result", result);
        return response;
    }

    private void respond(HttpExchange exchange, int status, Object payload) throws IOException {
        byte[] bytes = json.writeValueAsBytes(payload);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // --- updates as Telegram sends them

    static Map<String, Object> text(long chatId, String text) {
        return Map.of("message", message(chatId, "private", text));
    }

    static Map<String, Object> groupText(long chatId, String text) {
        return Map.of("message", message(chatId, "supergroup", text));
    }

    static Map<String, Object> sticker(long chatId) {
        Map<String, Object> message = message(chatId, "private", null);
        message.put("sticker", Map.of("file_id", "CAAC", "file_unique_id", "AgAD", "type", "regular",
                "width", 512, "height", 512, "is_animated", false, "is_video", false));
        return Map.of("message", message);
    }

    static Map<String, Object> buttonPress(long chatId, String callbackId, String data) {
        return Map.of("callback_query", Map.of("id", callbackId, "from", user(chatId), "chat_instance", "ci",
                "data", data, "message", message(chatId, "private", "Pick a topic:")));
    }

    private static Map<String, Object> message(long chatId, String chatType, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", (int) (Math.random() * 100000));
        message.put("date", Instant.now().getEpochSecond());
        message.put("chat", Map.of("id", chatId, "type", chatType));
        message.put("from", user(chatId));
        if (text != null) {
            message.put("text", text);
            if (text.startsWith("/")) {
                message.put("entities", List.of(Map.of("type", "bot_command", "offset", 0,
                        "length", text.split(" ")[0].length())));
            }
        }
        return message;
    }

    private static Map<String, Object> user(long id) {
        return Map.of("id", id, "is_bot", false, "first_name", "Ann");
    }
}
