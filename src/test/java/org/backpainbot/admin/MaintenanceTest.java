package org.backpainbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.backpainbot.chat.ChatMetrics;
import org.backpainbot.chat.KnowledgeBase;
import org.backpainbot.content.ContentProperties;
import org.backpainbot.content.InvalidContentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reindex and rollback without HTTP: what goes live, what stays live on failure, what is kept. */
class MaintenanceTest {

    @TempDir
    Path content;
    @TempDir
    Path index;
    private KnowledgeBase knowledge;
    private Maintenance maintenance;

    private SimpleMeterRegistry registry;

    @BeforeEach
    void start() {
        TestContent.reset(content);
        KnowledgeVersions versions = new KnowledgeVersions(new VersionStore(index), 3);
        knowledge = new KnowledgeBase(versions.startup(content));
        registry = new SimpleMeterRegistry();
        maintenance = new Maintenance(knowledge, versions, new ContentProperties(content),
                new AdminProperties(null, index, 3), new ChatMetrics(registry));
    }

    @AfterEach
    void stop() {
        knowledge.destroy();
    }

    @Test
    void nothingToRollBackToAtFirst() {
        assertThatThrownBy(maintenance::rollback).isInstanceOf(MaintenanceConflictException.class)
                .hasMessageContaining("no version before 1");
        assertThat(knowledge.current().version()).isEqualTo(1);
    }

    @Test
    void rollbackGoesBackOneVersionAtATimeWithinWhatIsKept() {
        for (int i = 0; i < 4; i++) {
            maintenance.reindex();
        }
        assertThat(knowledge.current().version()).isEqualTo(5);
        assertThat(registry.get("bot.reindex").tag("result", "ok").counter().count()).isEqualTo(4);
        assertThat(maintenance.status().versions()).extracting(Maintenance.Kept::version).containsExactly(5L, 4L, 3L);

        assertThat(maintenance.rollback().version()).isEqualTo(4);
        assertThat(maintenance.rollback().version()).isEqualTo(3);
        assertThatThrownBy(maintenance::rollback).isInstanceOf(MaintenanceConflictException.class);

        // A reindex after rollbacks continues the numbering; the version rolled back from is gone for good.
        assertThat(maintenance.reindex().version()).isEqualTo(6);
        assertThat(maintenance.status().versions()).extracting(Maintenance.Kept::version).containsExactly(6L, 3L);
        assertThat(maintenance.rollback().version()).isEqualTo(3);
    }

    @Test
    void invalidContentIsRejectedAndTheLiveVersionKeepsServing() {
        TestContent.replace(content, TestContent.ARTICLE, "## Gallstones {#gallstones}", "## Gallstones {#overview}");

        assertThatThrownBy(maintenance::reindex).isInstanceOf(InvalidContentException.class);
        assertThat(knowledge.current().version()).isEqualTo(1);
        assertThat(registry.get("bot.reindex").tag("result", "failed").counter().count()).isEqualTo(1);
        int passages = knowledge.use(k -> k.index().passageCount());
        assertThat(passages).isPositive();
        assertThat(maintenance.status().versions()).hasSize(1);
    }

    @Test
    void aSecondOperationIsRefusedWhileOneRuns() {
        maintenance.exclusively("test", () -> {
            assertThatThrownBy(maintenance::reindex).isInstanceOf(MaintenanceConflictException.class);
            assertThatThrownBy(maintenance::rollback).isInstanceOf(MaintenanceConflictException.class);
            return null;
        });
        assertThat(maintenance.reindex().version()).isEqualTo(2);
    }
}
