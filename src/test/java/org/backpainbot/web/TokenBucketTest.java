package org.backpainbot.web;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenBucket bucket = new TokenBucket(5, 1, now::get);

    @Test
    void allowsTheBurstThenRefusesUntilRefilled() {
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).as("token %d", i).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        now.addAndGet(999_000_000L);
        assertThat(bucket.tryTake()).as("not quite a second later").isFalse();
        now.addAndGet(1_000_000L);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
    }
}
