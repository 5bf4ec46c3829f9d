package org.backpainbot.telegram;

import java.util.Locale;
import java.util.regex.Pattern;

import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Who the bot is, for telling in a group whether a message is addressed to it. Known from
 * {@code bot.telegram.username} or learned with getMe at startup; until then only commands without a bot name
 * are answered in groups.
 */
final class BotIdentity {

    private volatile String username;
    private volatile Long id;

    BotIdentity(String configuredUsername) {
        this.username = normalise(configuredUsername);
    }

    boolean known() {
        return username != null;
    }

    void learn(User me) {
        if (me != null) {
            if (username == null) {
                username = normalise(me.getUserName());
            }
            id = me.getId();
        }
    }

    /** Whether a command's {@code @addressee} is this bot. */
    boolean isMe(String addressee) {
        return username != null && username.equals(normalise(addressee));
    }

    /** Whether a group message mentions the bot or replies to one of its messages. */
    boolean addressedIn(Message message) {
        Long me = id;
        if (me != null && message.getReplyToMessage() != null && message.getReplyToMessage().getFrom() != null
                && me.equals(message.getReplyToMessage().getFrom().getId())) {
            return true;
        }
        String name = username;
        if (message.getEntities() != null) {
            for (MessageEntity entity : message.getEntities()) {
                if ("mention".equals(entity.getType()) && name != null && entity.getText() != null
                        && name.equals(normalise(entity.getText()))) {
                    return true;
                }
                if ("text_mention".equals(entity.getType()) && me != null && entity.getUser() != null
                        && me.equals(entity.getUser().getId())) {
                    return true;
                }
            }
        }
        return name != null && message.getText() != null
                && message.getText().toLowerCase(Locale.ROOT).contains("@" + name);
    }

    /** The text without the bot's @mention, so the question reads as the user meant it. */
    String withoutMention(String text) {
        String name = username;
        if (name == null) {
            return text;
        }
        return Pattern.compile("@" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text)
                .replaceAll("").strip();
    }

    private static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String bare = name.strip();
        return (bare.startsWith("@") ? bare.substring(1) : bare).toLowerCase(Locale.ROOT);
    }
}
