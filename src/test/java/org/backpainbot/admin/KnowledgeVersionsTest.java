package org.backpainbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backpainbot.chat.Knowledge;
import org.backpainbot.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions on disk across restarts: reuse when the content is unchanged, rebuild when not, never half a version. */
class KnowledgeVersionsTest {

    @TempDir
    Path content;
    @TempDir
    Path index;

    private KnowledgeVersions versions() {
        return new KnowledgeVersions(new VersionStore(index), 3);
    }

    @Test
    void restartReusesTheLiveVersionWhenTheContentHashIsUnchanged() {
        TestContent.reset(content);
        Knowledge first = versions().startup(content);
        first.index().close();

        Knowledge second = versions().startup(content);
        try {
            assertThat(second.version()).isEqualTo(first.version());
            assertThat(second.builtAt()).isEqualTo(first.builtAt());
            assertThat(second.index().passageCount()).isEqualTo(first.index().content().sections().stream()
                    .mapToInt(s -> s.passages().size()).sum());
            assertThat(new VersionStore(index).list()).hasSize(1);
        } finally {
            second.index().close();
        }
    }

    @Test
    void restartRebuildsWhenAnyContentFileChangedIncludingOnesTheLoaderDoesNotRead() {
        TestContent.reset(content);
        versions().startup(content).index().close();
        TestContent.write(content, Path.of("triage", "extra.txt"), "# a rules file the article loader never reads\n");

        Knowledge rebuilt = versions().startup(content);
        try {
            assertThat(rebuilt.version()).isEqualTo(2);
            assertThat(new VersionStore(index).live()).get().extracting(VersionStore.Stored::version).isEqualTo(2L);
            assertThat(rebuilt.content().hash()).isNotNull();
            assertThat(index.resolve("v0002/content/triage/extra.txt")).exists();
        } finally {
            rebuilt.index().close();
        }
    }

    @Test
    void aStoredCopyChangedAfterItWasBuiltIsNotReusedButRebuilt() {
        TestContent.reset(content);
        versions().startup(content).index().close();
        TestContent.write(index.resolve("v0001/content"), Path.of("synonyms.txt"), "tampered\n");

        Knowledge rebuilt = versions().startup(content);
        try {
            assertThat(rebuilt.version()).isEqualTo(2);
        } finally {
            rebuilt.index().close();
        }
    }

    @Test
    void aFailedBuildLeavesNothingOnDisk() {
        TestContent.reset(content);
        TestContent.replace(content, TestContent.ARTICLE, "## Gallstones {#gallstones}", "## Gallstones {#overview}");

        assertThatThrownBy(() -> versions().startup(content)).isInstanceOf(InvalidContentException.class);
        assertThat(Files.exists(index.resolve("v0001"))).isFalse();
        assertThat(new VersionStore(index).live()).isEmpty();
    }

    @Test
    void pruneKeepsTheLiveVersionAndTheNewestBeforeIt() {
        TestContent.reset(content);
        KnowledgeVersions versions = versions();
        for (int i = 0; i < 5; i++) {
            versions.build(content).index().close();
        }
        VersionStore store = new VersionStore(index);

        assertThat(store.prune(4, 3)).containsExactly(1L, 5L);
        assertThat(store.list()).extracting(VersionStore.Stored::version).containsExactly(2L, 3L, 4L);
    }
}
