package org.backpainbot.telegram;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.backpainbot.chat.Channel;
import org.backpainbot.chat.Message;
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

/** The real telegrambots library, long polling a fake Bot API, through the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.telegram.token=123:TEST")
@Import({FakeChat.Config.class, TelegramPollingTest.Api.class})
@DirtiesContext
class TelegramPollingTest {

    static final FakeBotApi API = FakeBotApi.start();
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Makes the fake server a bean so that it stops after the bot, not before. */
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
    FakeChat chat;

    @Test
    void registersCommandsAndDeletesWebhookAtStartup() throws InterruptedException {
        JsonNode commands = API.await("setMyCommands", c -> true, 1, WAIT).get(0).body().get("commands");
        assertThat(commands.findValuesAsText("command")).containsExactly("start", "topics", "sources", "help");
        assertThat(API.calls("deleteWebhook")).isNotEmpty();
        API.await("getMe", c -> true, 1, WAIT);
    }

    @Test
    void startGreetsSaysNotMedicalAdviceAndOffersTopics() throws InterruptedException {
        API.push(FakeBotApi.text(101, "/start"));
        FakeBotApi.Call sent = API.awaitSent(101, 1).get(0);
        assertThat(sent.text()).startsWith("Welcome!").contains("not medical advice");
        assertThat(sent.body().get("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(sent.body().at("/reply_markup/inline_keyboard").findValuesAsText("callback_data"))
                .containsExactly("topic:lifting", "topic:sleep");
    }

    @Test
    void topicsThenAButtonPressAnswersThatSection() throws InterruptedException {
        API.push(FakeBotApi.text(102, "/topics"));
        FakeBotApi.Call topics = API.awaitSent(102, 1).get(0);
        assertThat(topics.body().at("/reply_markup/inline_keyboard").findValuesAsText("text"))
                .containsExactly("Lifting your baby", "Sleeping positions");

        API.push(FakeBotApi.buttonPress(102, "cb-102", "topic:sleep"));
        API.await("answerCallbackQuery", c -> "cb-102".equals(c.body().path("callback_query_id").asText()), 1, WAIT);
        assertThat(API.awaitSent(102, 2).get(1).text()).startsWith("About sleep:");
        assertThat(chat.received).contains(Message.topic("sleep", "102", Channel.TELEGRAM));
    }

    @Test
    void aQuestionIsAnsweredWithCitationLinkAndSuggestionButtons() throws InterruptedException {
        API.push(FakeBotApi.text(103, "Is it normal to hurt when lifting?"));
        FakeBotApi.Call sent = API.awaitSent(103, 1).get(0);
        assertThat(sent.text()).startsWith("You asked: Is it normal to hurt when lifting?")
                .contains("<a href=\"https://doi.org/10.1000/back.1\">Smith &amp; Jones &lt;2020&gt;</a>");
        assertThat(sent.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("topic:lifting");
        assertThat(chat.received).contains(Message.text("Is it normal to hurt when lifting?", "103",
                Channel.TELEGRAM));
    }

    @Test
    void emergencyAdviceComesFirstInBoldWithAWarningSign() throws InterruptedException {
        API.push(FakeBotApi.text(104, "my legs are numb"));
        String text = API.awaitSent(104, 1).get(0).text();
        assertThat(text).startsWith(Renderer.WARNING + "<b>" + FakeChat.ADVICE + "</b>");
        assertThat(text.indexOf(FakeChat.ADVICE)).isEqualTo(text.lastIndexOf(FakeChat.ADVICE));
        assertThat(text).contains("Back pain after birth is common.");
    }

    @Test
    void aStickerGetsThePoliteTextOnlyLine() throws InterruptedException {
        API.push(FakeBotApi.sticker(105));
        assertThat(API.awaitSent(105, 1).get(0).text()).isEqualTo("Sorry, I can only read text messages.");
    }

    @Test
    void markupInTheQuestionIsEscaped() throws InterruptedException {
        API.push(FakeBotApi.text(106, "<b>help</b> & <i>\"now\"</i>"));
        FakeBotApi.Call sent = API.awaitSent(106, 1).get(0);
        assertThat(sent.text()).startsWith(
                "You asked: &lt;b&gt;help&lt;/b&gt; &amp; &lt;i&gt;&quot;now&quot;&lt;/i&gt;");
        assertThat(sent.body().get("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    }

    @Test
    void aLongReplyIsSplitOnParagraphsAndPacedPerChat() throws InterruptedException {
        API.push(FakeBotApi.text(107, "tell me everything"));
        API.await("sendMessage", c -> c.chatId() == 107 && c.text().contains("doi.org"), 1, WAIT);
        List<FakeBotApi.Call> parts = API.sent(107);
        assertThat(parts).hasSizeGreaterThan(1);
        for (FakeBotApi.Call part : parts) {
            assertThat(part.text().length()).isLessThan(HtmlSplitter.TELEGRAM_LIMIT);
            assertThat(part.text()).startsWith("Lifting a car seat").doesNotEndWith("\n");
        }
        assertThat(parts.get(parts.size() - 1).body().has("reply_markup")).isTrue();
        assertThat(parts.get(0).body().has("reply_markup")).isFalse();
        for (int i = 1; i < parts.size(); i++) {
            assertThat(Duration.ofNanos(parts.get(i).atNanos() - parts.get(i - 1).atNanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void a429IsWaitedOutAndTheMessageStillArrives() throws InterruptedException {
        API.rateLimitNextMessageTo(108, 1);
        API.push(FakeBotApi.text(108, "what about sleep?"));
        FakeBotApi.Call limited = API.await("sendMessage", c -> c.chatId() == 108 && c.status() == 429, 1, WAIT)
                .get(0);
        FakeBotApi.Call delivered = API.awaitSent(108, 1).get(0);
        assertThat(delivered.text()).startsWith("You asked: what about sleep?");
        assertThat(Duration.ofNanos(delivered.atNanos() - limited.atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void inGroupsOnlyCommandsAndMentionsAreAnswered() throws InterruptedException {
        API.await("getMe", c -> true, 1, WAIT);
        API.push(FakeBotApi.groupText(-109, "chatting among ourselves"));
        API.push(FakeBotApi.groupText(-109, "/help@SomeOtherBot"));
        API.push(FakeBotApi.groupText(-109, "@backpaintestbot does lifting hurt?"));
        API.push(FakeBotApi.groupText(-109, "/help@BackPainTestBot"));
        // the command is answered at once, the question when the chat service is done: order may vary
        List<String> sent = API.awaitSent(-109, 2).stream().map(FakeBotApi.Call::text).toList();
        assertThat(sent).anySatisfy(text -> assertThat(text).startsWith("You asked: does lifting hurt?"))
                .anySatisfy(text -> assertThat(text).contains("not medical advice"));
        assertThat(chat.received).contains(Message.text("does lifting hurt?", "-109", Channel.TELEGRAM))
                .noneMatch(m -> "chatting among ourselves".equals(m.text()));
        assertThat(API.sent(-109)).hasSize(2);
    }

    @Test
    void sourcesAreLinksWhereTheyHaveADoiOrUrl() throws InterruptedException {
        API.push(FakeBotApi.text(110, "/sources"));
        String text = API.awaitSent(110, 1).get(0).text();
        assertThat(text).contains("<a href=\"https://doi.org/10.1000/back.1\">Smith &amp; Jones &lt;2020&gt;</a>",
                "<a href=\"https://example.org/guide\">NHS guide</a>", "A book without a link");
    }
}
