package org.backpainbot.telegram;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: updates arrive on our own server, only with Telegram's secret header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.telegram.token=123:TEST",
        "bot.telegram.mode=webhook",
        "bot.telegram.webhook-url=https://bot.example.org/telegram/hook-7f3a9c",
        "bot.telegram.webhook-secret=" + TelegramWebhookTest.SECRET})
@AutoConfigureWebTestClient
@Import({FakeChat.Config.class, TelegramWebhookTest.Api.class})
@DirtiesContext
class TelegramWebhookTest {

    static final String SECRET = "s3cret_Token-123";
    static final FakeBotApi API = FakeBotApi.start();
    private static final String PATH = "/telegram/hook-7f3a9c";

    @TestConfiguration(proxyBeanMethods = false)
    static class Api {
        @Bean(destroyMethod = "close")
        FakeBotApi fakeBotApi() {
            return API;
        }
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("bot.telegram.api-url", API::url);
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Test
    void registersTheWebhookWithItsSecretAndDoesNotPoll() throws InterruptedException {
        FakeBotApi.Call setWebhook = API.await("setWebhook", c -> true, 1, Duration.ofSeconds(10)).get(0);
        assertThat(setWebhook.raw()).contains("https://bot.example.org/telegram/hook-7f3a9c", SECRET);
        assertThat(context.getBeansOfType(LongPollingBot.class)).isEmpty();
        assertThat(API.calls("getUpdates")).isEmpty();
    }

    @Test
    void onlyUpdatesWithTheRightSecretAreProcessed() throws InterruptedException {
        post(FakeBotApi.text(201, "no header at all"), null).expectStatus().isUnauthorized();
        post(FakeBotApi.text(201, "wrong secret"), SECRET + "x").expectStatus().isForbidden();
        post(FakeBotApi.text(201, "right secret"), SECRET).expectStatus().isOk();

        // replies to one chat leave in order, so had the others been processed they would have come first
        FakeBotApi.Call first = API.awaitSent(201, 1).get(0);
        assertThat(first.text()).startsWith("You asked: right secret");
    }

    @Test
    void anUnreadableUpdateIsAcknowledgedAndDropped() {
        web.post().uri(PATH).header(WebhookEndpoint.SECRET_HEADER, SECRET).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(Object update, String secret) {
        WebTestClient.RequestBodySpec request = web.post().uri(PATH).contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return request.bodyValue(update).exchange();
    }
}
