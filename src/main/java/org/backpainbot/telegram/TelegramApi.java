package org.backpainbot.telegram;

import java.io.Serializable;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The one Telegram client for outgoing calls, and the owner of its HTTP client: closing this ends OkHttp's
 * dispatcher threads and pooled connections. Built once at startup, never inside a handler.
 */
final class TelegramApi implements AutoCloseable {

    private final OkHttpClient http;
    private final OkHttpTelegramClient client;

    TelegramApi(String token, TelegramUrl url, ObjectMapper json) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
        this.client = new OkHttpTelegramClient(json, http, token, url);
    }

    /** Sends without blocking; the future completes on an OkHttp thread. */
    @SuppressWarnings("unchecked")
    <T extends Serializable> CompletableFuture<T> call(PartialBotApiMethod<T> method) {
        try {
            if (method instanceof SetWebhook setWebhook) {
                // sent as multipart (it may carry a certificate), hence its own overload
                return (CompletableFuture<T>) client.executeAsync(setWebhook);
            }
            if (method instanceof BotApiMethod<T> json) {
                return client.executeAsync(json);
            }
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("unsupported Telegram method " + method.getMethod()));
        } catch (TelegramApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static TelegramUrl url(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equalsIgnoreCase(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
