package org.backpainbot.telegram;

import java.io.IOException;
import java.time.Duration;

import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * When a failed Telegram call is worth another try: a 429 after its {@code retry_after} (a few times), network
 * and server errors with exponential backoff up to {@code attempts}; a 4xx such as "chat not found" never.
 */
final class RetryPolicy {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final int MAX_RATE_LIMIT_WAITS = 5;

    private final int attempts;

    RetryPolicy(int attempts) {
        this.attempts = attempts;
    }

    /**
     * @param failures failures of this call so far, this one included
     * @param rateLimitWaits 429s for this call so far, this one included
     * @return how long to wait before trying again, or null to give up
     */
    Duration delay(Throwable cause, int failures, int rateLimitWaits) {
        Integer retryAfter = retryAfter(cause);
        if (retryAfter != null) {
            return rateLimitWaits <= MAX_RATE_LIMIT_WAITS ? Duration.ofSeconds(retryAfter) : null;
        }
        if (cause instanceof TelegramApiRequestException request) {
            Integer code = request.getErrorCode();
            // no code: the body was not Telegram's JSON (a proxy's error page), so worth another try
            if (code != null && code < 500) {
                return null;
            }
        } else if (!(cause instanceof IOException)) {
            return null;
        }
        return failures < attempts ? FIRST_BACKOFF.multipliedBy(1L << (failures - 1)) : null;
    }

    static Integer retryAfter(Throwable cause) {
        return cause instanceof TelegramApiRequestException request && request.getParameters() != null
                ? request.getParameters().getRetryAfter() : null;
    }
}
