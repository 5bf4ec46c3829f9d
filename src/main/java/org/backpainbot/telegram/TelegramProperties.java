package org.backpainbot.telegram;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram adapter's settings, prefix {@code bot.telegram}. Without a token the adapter is off.
 *
 * @param token the bot token from BotFather (environment {@code BOT_TELEGRAM_TOKEN}); blank means Telegram is off
 * @param apiUrl base URL of the Bot API; tests point it at a fake server on loopback
 * @param mode {@code polling} (default) or {@code webhook}
 * @param webhookUrl public URL Telegram posts updates to; required in webhook mode
 * @param webhookPath local path of the webhook endpoint; defaults to the path of {@code webhookUrl}, so a
 *                    hard-to-guess URL needs configuring only once
 * @param webhookSecret compared with the {@code X-Telegram-Bot-Api-Secret-Token} header; required in webhook mode
 * @param username the bot's username for mentions in groups; when blank it is asked with getMe at startup
 * @param perChatInterval least time between two messages to one chat (Telegram: about one a second)
 * @param messagesPerSecond messages a second over all chats (Telegram: 30)
 * @param chatQueueCapacity messages waiting for one chat before further ones are dropped
 * @param sendAttempts attempts per API call on network or server errors (429s are waited out separately)
 * @param shutdownTimeout how long shutdown waits for replies in flight
 */
@Validated
@ConfigurationProperties("bot.telegram")
record TelegramProperties(
        String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue("polling") Mode mode,
        URI webhookUrl,
        String webhookPath,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,256}") String webhookSecret,
        String username,
        @NotNull @DefaultValue("1s") Duration perChatInterval,
        @Min(1) @DefaultValue("30") int messagesPerSecond,
        @Min(1) @DefaultValue("20") int chatQueueCapacity,
        @Min(1) @DefaultValue("4") int sendAttempts,
        @NotNull @DefaultValue("10s") Duration shutdownTimeout) {

    enum Mode { POLLING, WEBHOOK }

    /** The path the webhook endpoint listens on. */
    String effectiveWebhookPath() {
        if (webhookPath != null && !webhookPath.isBlank()) {
            return webhookPath;
        }
        return webhookUrl == null || webhookUrl.getPath() == null || webhookUrl.getPath().isEmpty()
                ? "/telegram/webhook" : webhookUrl.getPath();
    }
}
