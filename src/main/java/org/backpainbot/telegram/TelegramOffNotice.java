package org.backpainbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Says once, at startup, that Telegram is off because no token is configured. */
@Component
@Conditional(TelegramToken.Absent.class)
class TelegramOffNotice {

    private static final Logger log = LoggerFactory.getLogger(TelegramOffNotice.class);

    TelegramOffNotice() {
        log.info("Telegram is off: no bot.telegram.token (BOT_TELEGRAM_TOKEN) set");
    }
}
