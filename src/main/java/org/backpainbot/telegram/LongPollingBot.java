package org.backpainbot.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates by long polling, the default mode. Owns the library's polling application, the one thread
 * it polls on and that thread's HTTP client; stopping ends all three, in that order, before the outbox drains.
 * The library stops polling for good if its consumer throws, which {@link UpdateRouter} never does.
 */
final class LongPollingBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPollingBot.class);
    private static final long RETRY_SECONDS = 10;

    private final String token;
    private final TelegramUrl url;
    private final UpdateRouter router;
    /** Read timeout above the 50 s that getUpdates is asked to wait. */
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(75, TimeUnit.SECONDS)
            .build();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telegram-poll");
        thread.setDaemon(true);
        return thread;
    });
    private final TelegramBotsLongPollingApplication application;
    private volatile boolean running;

    LongPollingBot(String token, TelegramUrl url, ObjectMapper json, UpdateRouter router) {
        this.token = token;
        this.url = url;
        this.router = router;
        this.application = new TelegramBotsLongPollingApplication(() -> json, () -> http, () -> executor);
    }

    @Override
    public void start() {
        running = true;
        register();
    }

    private void register() {
        if (!running) {
            return;
        }
        try {
            application.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(UpdateRouter.ALLOWED_UPDATES),
                    router::consume);
            log.info("Telegram long polling started");
        } catch (TelegramApiException e) {
            // Telegram unreachable at startup must not stop the rest of the service: try again later
            log.warn("Telegram long polling could not start ({}); retrying in {} s", e.getClass().getSimpleName(),
                    RETRY_SECONDS);
            executor.schedule(() -> {
                try {
                    application.unregisterBot(token);
                } catch (TelegramApiException notRegistered) {
                    // nothing to undo
                }
                register();
            }, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram polling did not close cleanly: {}", e.getClass().getSimpleName());
        }
        executor.shutdown();
        try {
            // a getUpdates call may be waiting up to 50 s: give it a moment, then cancel it (the library then
            // logs one error for the cancelled call)
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                http.dispatcher().cancelAll();
                executor.shutdownNow();
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    log.warn("Telegram polling thread did not end within 5 s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        log.info("Telegram long polling stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
