package org.backpainbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class KnowledgeBaseTest {

    private static Knowledge build(long version) {
        return Knowledge.build(version, Path.of("index-data"), new ByteBuffersDirectory());
    }

    @Test
    @Timeout(10)
    void aSwapServesTheNewVersionAndClosesTheOldOneWhenItsReadersAreDone() {
        KnowledgeBase base = new KnowledgeBase(build(1));
        Knowledge old = base.current();
        base.use(k -> {
            base.swap(build(2));
            // Still pinned by this reader: the old version keeps answering.
            assertThat(k.index().passageCount()).isPositive();
            return null;
        });
        assertThat(old.index().tryAcquire()).as("closed once its last reader released it").isFalse();
        assertThat(base.use(Knowledge::version)).isEqualTo(2);
        base.destroy();
    }

    @Test
    @Timeout(10)
    void usingAClosedKnowledgeBaseFailsInsteadOfSpinning() {
        KnowledgeBase base = new KnowledgeBase(build(1));
        base.destroy();
        assertThatThrownBy(() -> base.use(Knowledge::version)).isInstanceOf(IllegalStateException.class);
    }
}
