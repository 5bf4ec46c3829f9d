package org.backpainbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.backpainbot.chat.Channel;
import org.backpainbot.chat.ChatService;
import org.backpainbot.chat.Message;
import org.backpainbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import reactor.core.publisher.Mono;

/**
 * The thin adapter: dispatches each update on its type and hands it to {@link ChatService}; the rendered reply
 * goes to the {@link Outbox}. Returns at once, so neither the polling thread nor a webhook request waits for an
 * answer, and one bad update is logged and skipped without touching the others.
 */
final class UpdateRouter implements AutoCloseable {

    /** The updates the bot asks Telegram for; everything else is never delivered. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    static final List<BotCommand> COMMANDS = List.of(
            new BotCommand("start", "Welcome and what I can answer"),
            new BotCommand("topics", "Browse the topics"),
            new BotCommand("sources", "The article's references"),
            new BotCommand("help", "What I can and cannot do"));
    private static final String TOPICS_INTRO = "Pick a topic:";
    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private final ChatService chat;
    private final Renderer renderer;
    private final Outbox outbox;
    private final BotIdentity identity;
    private final Duration shutdownTimeout;
    private final Pending answering = new Pending();

    UpdateRouter(ChatService chat, Renderer renderer, Outbox outbox, BotIdentity identity, Duration shutdownTimeout) {
        this.chat = chat;
        this.renderer = renderer;
        this.outbox = outbox;
        this.identity = identity;
        this.shutdownTimeout = shutdownTimeout;
    }

    void consume(List<Update> updates) {
        for (Update update : updates) {
            consume(update);
        }
    }

    void consume(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                onCallback(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                onMessage(update.getMessage());
            }
        } catch (RuntimeException e) {
            // the exception's message could quote the update, so only its type and place are logged
            log.error("Skipped update {}: {} at {}", update.getUpdateId(), e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        }
    }

    private void onCallback(CallbackQuery query) {
        outbox.send(null, AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        String data = query.getData();
        if (query.getMessage() == null || data == null || !data.startsWith(Renderer.TOPIC_PREFIX)) {
            return;
        }
        long chatId = query.getMessage().getChatId();
        String section = data.substring(Renderer.TOPIC_PREFIX.length());
        answer(chatId, chat.reply(Message.topic(section, String.valueOf(chatId), Channel.TELEGRAM)));
    }

    private void onMessage(org.telegram.telegrambots.meta.api.objects.message.Message message) {
        long chatId = message.getChatId();
        boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
        if (!message.hasText()) {
            if (!group) {
                send(chatId, renderer.text(chat.nonText()));
            }
            return;
        }
        String text = message.getText();
        if (text.startsWith("/")) {
            onCommand(chatId, group, text);
            return;
        }
        if (group) {
            if (!identity.addressedIn(message)) {
                return;
            }
            text = identity.withoutMention(text);
        }
        answer(chatId, chat.reply(Message.text(text, String.valueOf(chatId), Channel.TELEGRAM)));
    }

    private void onCommand(long chatId, boolean group, String text) {
        String word = text.split("\\s", 2)[0].substring(1);
        int at = word.indexOf('@');
        if (at >= 0 && !identity.isMe(word.substring(at + 1))) {
            return; // meant for another bot in the group
        }
        String command = (at >= 0 ? word.substring(0, at) : word).toLowerCase(Locale.ROOT);
        switch (command) {
            case "start" -> send(chatId, renderer.start(chat.welcome(), chat.help(), chat.topics()));
            case "help" -> send(chatId, renderer.text(chat.help()));
            case "topics" -> send(chatId, renderer.topics(TOPICS_INTRO, chat.topics()));
            case "sources" -> send(chatId, renderer.sources(chat.sources()));
            default -> {
                if (!group || at >= 0) {
                    send(chatId, renderer.text(chat.help()));
                }
            }
        }
    }

    private void answer(long chatId, Mono<Reply> reply) {
        answering.begin();
        reply.doFinally(signal -> answering.end())
                .subscribe(r -> send(chatId, renderer.reply(r)),
                        e -> log.error("No reply for chat {}: {}", ChatHash.of(chatId), e.getClass().getName()));
    }

    private void send(long chatId, List<Outgoing> parts) {
        for (Outgoing part : parts) {
            outbox.send(chatId, part.to(chatId));
        }
    }

    /** Waits (bounded) for answers still being worked out, so they reach the outbox before it closes. */
    @Override
    public void close() throws InterruptedException {
        int left = answering.awaitNone(shutdownTimeout);
        if (left > 0) {
            log.warn("Stopped waiting for {} Telegram answer(s) after {}", left, shutdownTimeout);
        }
    }
}
