package org.backpainbot.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.backpainbot.chat.Knowledge;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.search.SearchException;
import org.backpainbot.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and reopens {@link Knowledge} versions on disk. A version is built from its own copy of the content, so
 * an edit made while it builds cannot slip in, and a rollback or restart serves exactly what was checked. Hands each
 * opened version to the caller, who owns it from then on.
 */
final class KnowledgeVersions {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeVersions.class);

    private final VersionStore store;
    private final int keep;

    KnowledgeVersions(VersionStore store, int keep) {
        this.store = store;
        this.keep = keep;
    }

    VersionStore store() {
        return store;
    }

    /**
     * The version to serve at start-up: the live one on disk when the content has not changed since it was built,
     * else a new one built from the content.
     *
     * @throws InvalidContentException when the content must be rebuilt and is invalid
     */
    Knowledge startup(Path contentDir) {
        long started = System.nanoTime();
        Optional<VersionStore.Stored> live = store.live();
        if (live.isPresent() && Files.isDirectory(contentDir)
                && live.get().contentHash().equals(ContentFiles.hash(contentDir))) {
            try {
                Knowledge reused = open(live.get());
                store.prune(reused.version(), keep);
                log.info("start-up: reusing index version {} (content unchanged), {} passages, took {} ms",
                        reused.version(), live.get().passages(), millis(started));
                return reused;
            } catch (VersionException | SearchException | InvalidContentException e) {
                log.warn("start-up: cannot reuse index version {}; building a new one", live.get().version(), e);
            }
        }
        Knowledge built = build(contentDir);
        store.markLive(built.version());
        store.prune(built.version(), keep);
        log.info("start-up: built index version {}, {} passages, took {} ms", built.version(),
                built.index().passageCount(), millis(started));
        return built;
    }

    /**
     * Copies, validates, indexes and checks the content as a new version. Nothing is left on disk when it fails.
     *
     * @throws InvalidContentException listing every problem in the content (or a failed smoke query)
     * @throws VersionException or {@link SearchException} on disk or index trouble
     */
    Knowledge build(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            ContentValidator.validate(contentDir); // throws, naming the missing directory
        }
        Path dir = store.create();
        long version = VersionStore.number(dir);
        boolean finished = false;
        try {
            VersionStore.Stored draft = new VersionStore.Stored(version, dir, null, Instant.now(), 0, 0);
            ContentFiles.copy(contentDir, draft.content());
            String hash = ContentFiles.hash(draft.content());
            ContentValidator.Validated valid = ContentValidator.validate(draft.content());
            Directory lucene = fsDirectory(draft.lucene());
            SearchIndex index;
            try {
                index = SearchIndex.build(valid.content(), lucene);
            } catch (RuntimeException e) {
                closeQuietly(lucene, e);
                throw e;
            }
            Knowledge knowledge = new Knowledge(version, valid.content(), index, Knowledge.triage(draft.content()),
                    draft.builtAt());
            checked(knowledge, () -> store.complete(new VersionStore.Stored(version, dir, hash, draft.builtAt(),
                    valid.passages(), valid.sections())));
            finished = true;
            return knowledge;
        } finally {
            if (!finished) {
                store.delete(dir);
            }
        }
    }

    /**
     * Reopens a finished version from its own copy of the content and its stored index, and checks it again.
     *
     * @throws VersionException when its copy was changed after it was built, or it cannot be read
     */
    Knowledge open(VersionStore.Stored stored) {
        if (!stored.contentHash().equals(ContentFiles.hash(stored.content()))) {
            throw new VersionException("the content kept with version " + stored.version()
                    + " was changed after it was built");
        }
        ContentValidator.Validated valid = ContentValidator.validate(stored.content());
        Directory lucene = fsDirectory(stored.lucene());
        SearchIndex index;
        try {
            index = SearchIndex.open(valid.content(), lucene);
        } catch (RuntimeException e) {
            closeQuietly(lucene, e);
            throw e;
        }
        Knowledge knowledge = new Knowledge(stored.version(), valid.content(), index,
                Knowledge.triage(stored.content()), stored.builtAt());
        checked(knowledge, () -> { });
        return knowledge;
    }

    /** The finished versions before {@code live}, newest first: what a rollback can go back to. */
    List<VersionStore.Stored> olderThan(long live) {
        return store.list().stream().filter(v -> v.version() < live)
                .sorted((a, b) -> Long.compare(b.version(), a.version())).toList();
    }

    /** Runs the checks and then {@code after}; on any failure closes the version, which then belongs to no one. */
    private static void checked(Knowledge knowledge, Runnable after) {
        boolean passed = false;
        try {
            IndexCheck.verify(knowledge);
            after.run();
            passed = true;
        } finally {
            if (!passed) {
                knowledge.index().close();
            }
        }
    }

    private static Directory fsDirectory(Path path) {
        try {
            return FSDirectory.open(path); // memory-mapped on 64-bit JVMs: reopening a kept version costs little
        } catch (IOException e) {
            throw new VersionException("cannot open the index directory " + path, e);
        }
    }

    private static void closeQuietly(Directory directory, RuntimeException failure) {
        try {
            directory.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
