package org.backpainbot.telegram;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/**
 * Introduces the bot to Telegram once the application is ready: learns its username (getMe) unless configured,
 * registers the command menu (setMyCommands) and, in webhook mode, the webhook (setWebhook). All asynchronous,
 * through the outbox; a failure is logged and the bot carries on.
 */
final class BotStartup implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(BotStartup.class);

    private final Outbox outbox;
    private final BotIdentity identity;
    private final TelegramProperties properties;

    BotStartup(Outbox outbox, BotIdentity identity, TelegramProperties properties) {
        this.outbox = outbox;
        this.identity = identity;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        outbox.send(null, GetMe.builder().build()).thenAccept(identity::learn);
        outbox.send(null, new SetMyCommands(UpdateRouter.COMMANDS));
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            URI url = properties.webhookUrl();
            outbox.send(null, SetWebhook.builder()
                            .url(url.toString())
                            .secretToken(properties.webhookSecret())
                            .allowedUpdates(UpdateRouter.ALLOWED_UPDATES)
                            .build())
                    .thenAccept(ok -> log.info("Telegram webhook registered at path {}",
                            properties.effectiveWebhookPath()));
        }
    }
}
