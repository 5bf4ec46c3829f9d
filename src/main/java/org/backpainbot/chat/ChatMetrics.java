package org.backpainbot.chat;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.backpainbot.content.Content;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts what the bot does, for dashboards and alerts: replies by channel and outcome, urgency tiers, answer latency
 * and reindexes. Counts and durations only: no message text, no conversation or user ids ever become a tag.
 */
@Component
public class ChatMetrics {

    static final String REPLIES = "bot.replies";
    static final String URGENCY = "bot.urgency";
    static final String LATENCY = "bot.answer.latency";
    static final String REINDEX = "bot.reindex";

    private final MeterRegistry registry;

    public ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts and times one answer. Timing starts at subscription, so time spent queued for a CPU thread under load
     * counts too; a failure counts as outcome {@code unavailable}.
     */
    Mono<Reply> timed(Channel channel, Mono<Reply> answering) {
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(registry);
            return answering.doOnNext(reply -> replied(sample, channel, reply))
                    .doOnError(e -> record(sample, channel, "unavailable"));
        });
    }

    private void replied(Timer.Sample sample, Channel channel, Reply reply) {
        String outcome = reply.section() == null ? "declined"
                : Content.REFERENCES.equals(reply.section()) ? "references" : "answered";
        record(sample, channel, outcome);
        registry.counter(URGENCY, "level", reply.urgency().json()).increment();
    }

    private void record(Timer.Sample sample, Channel channel, String outcome) {
        String tag = channel == null ? "unknown" : channel.name().toLowerCase(Locale.ROOT);
        Counter.builder(REPLIES).tag("channel", tag).tag("outcome", outcome)
                .description("Replies sent, by channel and outcome").register(registry).increment();
        sample.stop(Timer.builder(LATENCY).tag("channel", tag)
                .description("Time from a message reaching the chat service to its reply")
                // Percentile histograms aggregate across instances (Prometheus histogram_quantile), local
                // percentiles would not.
                .publishPercentileHistogram().register(registry));
    }

    /** For the admin reindex: {@code ok} false when the new version failed and the old one kept serving. */
    public void reindexed(boolean ok) {
        Counter.builder(REINDEX).tag("result", ok ? "ok" : "failed").description("Reindex attempts by result")
                .register(registry).increment();
    }
}
