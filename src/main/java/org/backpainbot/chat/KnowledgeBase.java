package org.backpainbot.chat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;

/**
 * Holds the live {@link Knowledge}. Readers take it with {@link #use}, which pins its index until they are done;
 * {@link #swap} installs a new version atomically and closes the old one once its last reader has released it.
 * Owns the live version: closing the application closes it. Created by whoever decides which version starts live
 * (the admin package, which keeps the versions on disk), hence no {@code @Component} here.
 */
public class KnowledgeBase implements DisposableBean {

    private final AtomicReference<Knowledge> live;

    public KnowledgeBase(Knowledge initial) {
        this.live = new AtomicReference<>(initial);
    }

    public Knowledge current() {
        return live.get();
    }

    /**
     * Runs {@code work} against the live version, which cannot be closed while it runs.
     *
     * @throws IllegalStateException once the knowledge base itself is closed (the application is shutting down)
     */
    public <T> T use(Function<Knowledge, T> work) {
        while (true) {
            Knowledge knowledge = live.get();
            if (knowledge.index().tryAcquire()) {
                try {
                    return work.apply(knowledge);
                } finally {
                    knowledge.index().release();
                }
            }
            // Closed between get() and tryAcquire(). A swap installs the new version before closing the old one, so
            // the next get() sees it; if the version is still the same, nothing will replace it: spinning here (on
            // an event loop, perhaps) would stall every connection that loop serves.
            if (live.get() == knowledge) {
                throw new IllegalStateException("the knowledge base is closed");
            }
        }
    }

    /**
     * Installs {@code next} and releases the previous version, which closes when in-flight searches finish. Callers
     * serialise swaps (one maintenance operation at a time); readers never wait for one.
     *
     * @return the version that was live, already released: do not use it
     */
    public Knowledge swap(Knowledge next) {
        Knowledge previous = live.getAndSet(next);
        previous.index().close();
        return previous;
    }

    @Override
    public void destroy() {
        live.get().index().close();
    }
}
