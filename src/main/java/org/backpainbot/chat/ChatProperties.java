package org.backpainbot.chat;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Conversation settings.
 *
 * @param conversationTtl how long the last section of a conversation is remembered for follow-ups
 * @param maxConversations how many conversations are remembered at once; the oldest are forgotten first
 */
@Validated
@ConfigurationProperties("bot.chat")
public record ChatProperties(@DefaultValue("30m") Duration conversationTtl,
                             @DefaultValue("100000") @Min(1) int maxConversations) {
}
