package org.backpainbot.telegram;

import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** One message to send: HTML text within Telegram's limit and an optional inline keyboard. */
record Outgoing(String html, InlineKeyboardMarkup keyboard) {

    SendMessage to(long chatId) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(html)
                .parseMode(ParseMode.HTML)
                // a DOI link preview would push the answer itself off the screen
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard)
                .build();
    }
}
