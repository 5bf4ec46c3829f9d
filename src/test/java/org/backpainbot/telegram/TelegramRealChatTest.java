package org.backpainbot.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.backpainbot.chat.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter with the real ChatService and the article's content, long polling the fake Bot API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.telegram.token=123:TEST")
@Import(TelegramRealChatTest.Api.class)
@DirtiesContext
class TelegramRealChatTest {

    static final FakeBotApi API = FakeBotApi.start();

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
    ChatService chat;

    @Test
    void startShowsTheReviewedGreetingHelpAndEveryTopic() throws InterruptedException {
        API.push(FakeBotApi.text(301, "/start"));
        FakeBotApi.Call sent = API.awaitSent(301, 1).get(0);
        assertThat(sent.text()).contains(Html.escape(chat.help()));
        List<String> data = sent.body().at("/reply_markup/inline_keyboard").findValuesAsText("callback_data");
        assertThat(data).hasSize(chat.topics().size())
                .allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }

    @Test
    void aTopicButtonAndAQuestionAreAnsweredFromTheArticle() throws InterruptedException {
        String section = chat.topics().get(0).id();
        API.push(FakeBotApi.buttonPress(302, "cb-302", Renderer.TOPIC_PREFIX + section));
        API.await("answerCallbackQuery", c -> true, 1, Duration.ofSeconds(10));
        API.push(FakeBotApi.text(302, "Is it normal for my lower back to hurt when I lift the baby?"));
        List<FakeBotApi.Call> sent = API.await("sendMessage",
                c -> c.chatId() == 302 && c.status() == 200, 2, Duration.ofSeconds(15));
        for (FakeBotApi.Call call : sent) {
            assertThat(call.text()).isNotBlank();
            assertThat(call.text().length()).isLessThan(HtmlSplitter.TELEGRAM_LIMIT);
            assertThat(call.body().get("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        }
    }

    @Test
    void sourcesAndStickersUseTheReviewedContent() throws InterruptedException {
        API.push(FakeBotApi.text(303, "/sources"));
        API.push(FakeBotApi.sticker(303));
        List<FakeBotApi.Call> sent = API.awaitSent(303, 2);
        JsonNode sources = sent.get(0).body();
        assertThat(sources.get("text").asText()).contains("<a href=\"https://doi.org/");
        assertThat(sent.get(1).text()).isEqualTo(Html.escape(chat.nonText()));
    }
}
