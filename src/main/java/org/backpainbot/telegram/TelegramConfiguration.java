package org.backpainbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backpainbot.chat.ChatService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Telegram adapter's beans, present only with a token. Shutdown order follows the dependencies: polling
 * stops first (a lifecycle stop, before any bean is destroyed; in webhook mode the web server stops instead),
 * then the router waits for answers in progress, then the outbox sends what is queued, then the HTTP client
 * closes. Each wait is bounded by {@code bot.telegram.shutdown-timeout}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
class TelegramConfiguration {

    /**
     * The library's own Jackson 2 mapper for the library's own types; Spring's Jackson 3 mapper is for our JSON.
     */
    private final ObjectMapper telegramJson = new ObjectMapper();

    @Bean
    TelegramApi telegramApi(TelegramProperties properties) {
        return new TelegramApi(properties.token(), TelegramApi.url(properties.apiUrl()), telegramJson);
    }

    @Bean
    Outbox telegramOutbox(TelegramApi api, TelegramProperties properties) {
        return new Outbox(api, properties);
    }

    @Bean
    BotIdentity telegramBotIdentity(TelegramProperties properties) {
        return new BotIdentity(properties.username());
    }

    @Bean
    UpdateRouter telegramUpdateRouter(ChatService chat, Outbox outbox, BotIdentity identity,
                                      TelegramProperties properties) {
        Renderer renderer = new Renderer(new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT));
        return new UpdateRouter(chat, renderer, outbox, identity, properties.shutdownTimeout());
    }

    @Bean
    BotStartup telegramStartup(Outbox outbox, BotIdentity identity, TelegramProperties properties) {
        return new BotStartup(outbox, identity, properties);
    }

    @Bean
    @ConditionalOnProperty(prefix = "bot.telegram", name = "mode", havingValue = "polling", matchIfMissing = true)
    LongPollingBot telegramLongPolling(UpdateRouter router, TelegramProperties properties) {
        return new LongPollingBot(properties.token(), TelegramApi.url(properties.apiUrl()), telegramJson, router);
    }

    @Bean
    @ConditionalOnProperty(prefix = "bot.telegram", name = "mode", havingValue = "webhook")
    RouterFunction<ServerResponse> telegramWebhook(UpdateRouter router, TelegramProperties properties) {
        if (properties.webhookUrl() == null || properties.webhookSecret() == null) {
            throw new IllegalStateException("bot.telegram.mode=webhook needs bot.telegram.webhook-url and "
                    + "bot.telegram.webhook-secret (1-256 of A-Z a-z 0-9 _ -)");
        }
        return new WebhookEndpoint(properties.webhookSecret(), telegramJson, router)
                .routes(properties.effectiveWebhookPath());
    }
}
