package org.backpainbot.telegram;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3);

    @Test
    void a429IsWaitedOutForItsRetryAfterAFewTimes() {
        TelegramApiRequestException tooMany = error(429, 7);
        assertThat(policy.delay(tooMany, 1, 1)).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delay(tooMany, 6, 6)).isNull();
    }

    @Test
    void networkAndServerErrorsBackOffThenGiveUp() {
        assertThat(policy.delay(new IOException("reset"), 1, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(error(502, null), 2, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(new IOException("reset"), 3, 0)).isNull();
    }

    @Test
    void clientErrorsAreNotRetried() {
        assertThat(policy.delay(error(400, null), 1, 0)).isNull();
        assertThat(policy.delay(error(403, null), 1, 0)).isNull();
    }

    private static TelegramApiRequestException error(int code, Integer retryAfter) {
        ApiResponse<Boolean> response = ApiResponse.<Boolean>builder().ok(false).errorCode(code)
                .errorDescription("error").parameters(retryAfter == null ? null
                        : new ResponseParameters(null, retryAfter))
                .build();
        return new TelegramApiRequestException("failed", response);
    }
}
