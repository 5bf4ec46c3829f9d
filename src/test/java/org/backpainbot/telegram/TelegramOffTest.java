package org.backpainbot.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a token (here an empty one, as from {@code BOT_TELEGRAM_TOKEN=}) Telegram is off and says so once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.telegram.token=")
@ExtendWith(OutputCaptureExtension.class)
@Import(FakeChat.Config.class)
@DirtiesContext
class TelegramOffTest {

    @Autowired
    ApplicationContext context;

    @Test
    void nothingPollsAndOneLineSaysTelegramIsOff(CapturedOutput output) {
        assertThat(context.getBeansOfType(LongPollingBot.class)).isEmpty();
        assertThat(context.getBeansOfType(UpdateRouter.class)).isEmpty();
        assertThat(context.getBeansOfType(Outbox.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramOffNotice.class)).hasSize(1);
        assertThat(output.getAll().lines().filter(line -> line.contains("Telegram is off"))).hasSize(1);
    }
}
