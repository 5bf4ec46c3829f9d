package org.backpainbot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Every call to Telegram goes through here, within Telegram's limits: messages to one chat leave in order, at
 * most one per {@code perChatInterval}; all calls together at most {@code messagesPerSecond}. A 429 is waited
 * out for its {@code retry_after}; network and server errors are retried with backoff ({@link RetryPolicy}). Nothing here
 * blocks a caller: state lives on one scheduler thread and HTTP runs on OkHttp's threads.
 */
final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /** Bound on everything waiting, so a flood cannot exhaust memory; beyond it messages are dropped. */
    private static final int MAX_PENDING = 2_000;

    private final TelegramApi api;
    private final long perChatNanos;
    private final long globalSpacingNanos;
    private final int chatCapacity;
    private final RetryPolicy retry;
    private final Duration shutdownTimeout;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Pending pending = new Pending();
    private volatile boolean closed;

    // touched only on the scheduler thread
    private final Map<Long, Lane> lanes = new HashMap<>();
    private long nextGlobalSlot = System.nanoTime();

    Outbox(TelegramApi api, TelegramProperties properties) {
        this.api = api;
        this.perChatNanos = properties.perChatInterval().toNanos();
        this.globalSpacingNanos = TimeUnit.SECONDS.toNanos(1) / properties.messagesPerSecond();
        this.chatCapacity = properties.chatQueueCapacity();
        this.retry = new RetryPolicy(properties.sendAttempts());
        this.shutdownTimeout = properties.shutdownTimeout();
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "telegram-outbox");
            thread.setDaemon(true);
            return thread;
        });
        this.scheduler.setRemoveOnCancelPolicy(true);
    }

    /**
     * Queues a call. With a chat id it is paced for that chat and sent after the chat's earlier messages;
     * without one (answerCallbackQuery, setMyCommands) it waits only for the overall limit.
     */
    @SuppressWarnings("unchecked")
    <T extends Serializable> CompletableFuture<T> send(Long chatId, PartialBotApiMethod<T> method) {
        if (closed) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("Telegram outbox is closed"));
        }
        if (pending.begin() > MAX_PENDING) {
            pending.end();
            log.warn("Dropped a Telegram {} for chat {}: {} calls already waiting", method.getMethod(),
                    ChatHash.of(chatId), MAX_PENDING);
            return CompletableFuture.failedFuture(new RejectedExecutionException("Telegram outbox is full"));
        }
        Job job = new Job(chatId, method);
        if (!onScheduler(job, () -> {
            if (chatId == null) {
                fire(job, () -> { });
            } else {
                enqueue(job);
            }
        })) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("Telegram outbox is closed"));
        }
        return (CompletableFuture<T>) (CompletableFuture<?>) job.result;
    }

    private void enqueue(Job job) {
        Lane lane = lanes.computeIfAbsent(job.chatId, id -> new Lane());
        if (lane.queue.size() >= chatCapacity) {
            log.warn("Dropped a message for chat {}: {} already waiting", ChatHash.of(job.chatId), chatCapacity);
            fail(job, new RejectedExecutionException("chat queue full"));
            return;
        }
        lane.queue.add(job);
        pump(job.chatId, lane);
    }

    private void pump(Long chatId, Lane lane) {
        if (lane.busy || lane.queue.isEmpty()) {
            return;
        }
        long wait = lane.nextAllowed - System.nanoTime();
        if (wait > 0) {
            if (!lane.wakeUpScheduled) {
                lane.wakeUpScheduled = true;
                schedule(() -> {
                    lane.wakeUpScheduled = false;
                    pump(chatId, lane);
                }, wait);
            }
            return;
        }
        lane.busy = true;
        fire(lane.queue.peek(), () -> {
            lane.queue.poll();
            lane.busy = false;
            lane.nextAllowed = System.nanoTime() + perChatNanos;
            if (lane.queue.isEmpty()) {
                // keep the lane (and its pacing) until the interval has passed, then forget the chat
                schedule(() -> forgetIfIdle(chatId, lane), perChatNanos);
            } else {
                pump(chatId, lane);
            }
        });
    }

    private void forgetIfIdle(Long chatId, Lane lane) {
        if (!lane.busy && lane.queue.isEmpty() && lanes.get(chatId) == lane) {
            lanes.remove(chatId);
        }
    }

    private void fire(Job job, Runnable done) {
        long now = System.nanoTime();
        if (nextGlobalSlot - now > 0) {
            schedule(() -> fire(job, done), nextGlobalSlot - now);
            return;
        }
        nextGlobalSlot = now + globalSpacingNanos;
        api.call(job.method).whenComplete((result, error) -> onScheduler(job, () -> settle(job, done, result, error)));
    }

    private void settle(Job job, Runnable done, Object result, Throwable error) {
        if (error == null) {
            job.result.complete(result);
            pending.end();
            done.run();
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        job.failures++;
        if (RetryPolicy.retryAfter(cause) != null) {
            job.rateLimitWaits++;
        }
        Duration retryIn = retry.delay(cause, job.failures, job.rateLimitWaits);
        if (retryIn != null) {
            schedule(() -> fire(job, done), retryIn.toNanos());
            return;
        }
        log.warn("Telegram {} for chat {} failed after {} attempt(s): {}{}", job.method.getMethod(),
                ChatHash.of(job.chatId), job.failures, cause.getClass().getSimpleName(),
                cause instanceof TelegramApiRequestException request && request.getErrorCode() != null
                        ? " " + request.getErrorCode() : "");
        fail(job, cause);
        done.run();
    }

    private void schedule(Runnable task, long delayNanos) {
        scheduler.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private boolean onScheduler(Job job, Runnable task) {
        try {
            scheduler.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Telegram outbox task failed for chat {}", ChatHash.of(job.chatId), e);
                    fail(job, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            fail(job, e);
            return false;
        }
    }

    private void fail(Job job, Throwable cause) {
        if (job.result.completeExceptionally(cause)) {
            pending.end();
        }
    }

    /** Stops taking calls, waits (bounded) for those queued or in flight, then ends the scheduler thread. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        int unsent = pending.awaitNone(shutdownTimeout);
        if (unsent > 0) {
            log.warn("Telegram outbox closed with {} call(s) unsent after {}", unsent, shutdownTimeout);
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(1, TimeUnit.SECONDS);
    }

    private static final class Job {
        final Long chatId;
        final PartialBotApiMethod<?> method;
        final CompletableFuture<Object> result = new CompletableFuture<>();
        int failures;
        int rateLimitWaits;

        Job(Long chatId, PartialBotApiMethod<?> method) {
            this.chatId = chatId;
            this.method = method;
        }
    }

    private static final class Lane {
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        long nextAllowed = System.nanoTime();
        boolean busy;
        boolean wakeUpScheduled;
    }
}
