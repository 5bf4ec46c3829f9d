package org.backpainbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The probes a load balancer and an orchestrator use, and the metrics operators read, as a client sees them over
 * HTTP; and that the metrics carry counts only, never what a user wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OperationsHealthTest {

    private static final String QUESTION = "why does my lower back hurt after my epidural";

    @Autowired
    private WebTestClient web;

    @Autowired
    private MeterRegistry registry;

    @BeforeEach
    void timeout() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void readinessIsUpWithTheLoadedIndexAndItsPassageCount() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.knowledge.status").isEqualTo("UP")
                .jsonPath("$.components.knowledge.details.passages").value(n -> assertThat((Integer) n).isPositive())
                // The version number depends on the versions kept on disk (bot.index-dir), only that there is one.
                .jsonPath("$.components.knowledge.details.version").value(n -> assertThat(((Number) n).longValue())
                        .isPositive());
    }

    @Test
    void livenessIsUpAndDoesNotDependOnTheIndex() {
        web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.knowledge").doesNotExist();
    }

    @Test
    void repliesAreCountedByChannelOutcomeAndUrgencyAndTimed() {
        double answered = count("bot.replies", "outcome", "answered");
        double declined = count("bot.replies", "outcome", "declined");
        double screened = registry.find("bot.urgency").counters().stream().mapToDouble(c -> c.count()).sum();
        long timed = timerCount();

        ask(QUESTION);
        ask("how do I change the brake pads on my car");
        ask("my back hurts and I can't feel my legs or control my bladder");

        assertThat(count("bot.replies", "outcome", "answered")).isGreaterThan(answered);
        assertThat(count("bot.replies", "outcome", "declined")).isGreaterThan(declined);
        // Every message is screened, so every reply counts once under its urgency level.
        assertThat(registry.find("bot.urgency").counters().stream().mapToDouble(c -> c.count()).sum())
                .isEqualTo(screened + 3);
        assertThat(timerCount()).isEqualTo(timed + 3);
        assertThat(registry.get("bot.replies").tag("channel", "http").counters()).isNotEmpty();
    }

    @Test
    void reindexesAreCountedByResult() {
        var metrics = new org.backpainbot.chat.ChatMetrics(registry);
        metrics.reindexed(true);
        metrics.reindexed(false);
        assertThat(registry.get("bot.reindex").tag("result", "ok").counter().count()).isPositive();
        assertThat(registry.get("bot.reindex").tag("result", "failed").counter().count()).isPositive();
    }

    @Test
    void metricsEndpointServesTheLatencyHistogramWithoutAnyMessageText() {
        String secret = "zebrasecretword";
        ask("my back hurts " + secret);
        web.get().uri("/actuator/metrics/bot.answer.latency").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
                .value(v -> assertThat(v.toString()).isNotEqualTo("[0.0]"));
        String all = registry.getMeters().stream()
                .map(m -> m.getId().toString()).reduce("", String::concat);
        assertThat(all).doesNotContain(secret).doesNotContain("conversation");
        // The percentile histogram is published as buckets, so instances can be aggregated.
        assertThat(registry.get("bot.answer.latency").timer().takeSnapshot().histogramCounts()).isNotEmpty();
    }

    private void ask(String text) {
        web.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"" + text + "\"}")
                .exchange().expectStatus().isOk();
    }

    private double count(String name, String tag, String value) {
        return registry.find(name).tag(tag, value).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private long timerCount() {
        return registry.find("bot.answer.latency").timers().stream().mapToLong(t -> t.count()).sum();
    }
}
