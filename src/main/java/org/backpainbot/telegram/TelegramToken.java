package org.backpainbot.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether {@code bot.telegram.token} has text. {@code @ConditionalOnProperty} is not enough: an empty
 * {@code BOT_TELEGRAM_TOKEN=} would count as present and start a bot that can only fail.
 */
final class TelegramToken {

    static final String PROPERTY = "bot.telegram.token";

    private TelegramToken() {
    }

    static final class Present extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY))
                    ? ConditionOutcome.match(PROPERTY + " is set")
                    : ConditionOutcome.noMatch(PROPERTY + " is not set");
        }
    }

    static final class Absent extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionOutcome present = new Present().getMatchOutcome(context, metadata);
            return new ConditionOutcome(!present.isMatch(), present.getConditionMessage());
        }
    }
}
