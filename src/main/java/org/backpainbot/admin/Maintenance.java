package org.backpainbot.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.backpainbot.chat.ChatMetrics;
import org.backpainbot.chat.Knowledge;
import org.backpainbot.chat.KnowledgeBase;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.content.ContentProperties;
import org.backpainbot.search.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reindex, rollback and status: build or reopen a version, check it, make it live, then let the old one close when
 * its last search is done. One operation at a time; a second is refused at once, never queued. Every operation is
 * logged with its version, result, passage count and duration, never with content.
 */
@Component
class Maintenance {

    private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

    private final KnowledgeBase knowledge;
    private final KnowledgeVersions versions;
    private final Path contentDir;
    private final int keep;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ChatMetrics metrics;

    Maintenance(KnowledgeBase knowledge, KnowledgeVersions versions, ContentProperties content,
                AdminProperties properties, ChatMetrics metrics) {
        this.knowledge = knowledge;
        this.metrics = metrics;
        this.versions = versions;
        this.contentDir = content.contentDir();
        this.keep = properties.indexKeep();
    }

    /** What a reindex or rollback made live. */
    record Result(long version, int passages, int sections, long tookMs) {
    }

    /** The live version and the versions kept on disk, newest first. */
    record Status(long version, String builtAt, String contentHash, int passages, int sections, List<Kept> versions) {
    }

    record Kept(long version, String builtAt, String contentHash, int passages, boolean live) {
    }

    /**
     * Builds a new version from the content directory and makes it live.
     *
     * @throws InvalidContentException when the content is invalid (the live version keeps serving)
     * @throws MaintenanceConflictException when another reindex or rollback is running
     */
    Result reindex() {
        return exclusively("reindex", () -> {
            long started = System.nanoTime();
            try {
                Knowledge fresh = versions.build(contentDir);
                Result result = makeLive(fresh, "reindex", started);
                metrics.reindexed(true);
                return result;
            } catch (InvalidContentException e) {
                metrics.reindexed(false);
                log.warn("reindex rejected after {} ms: {} problem(s) at {}; version {} keeps serving",
                        KnowledgeVersions.millis(started), e.problems().size(), locations(e.problems()),
                        knowledge.current().version());
                throw e;
            } catch (VersionException | SearchException e) {
                metrics.reindexed(false);
                log.error("reindex failed after {} ms; version {} keeps serving", KnowledgeVersions.millis(started),
                        knowledge.current().version(), e);
                throw e;
            }
        });
    }

    /**
     * Makes the newest kept version before the live one live again.
     *
     * @throws MaintenanceConflictException when there is none, or another operation is running
     */
    Result rollback() {
        return exclusively("rollback", () -> {
            long started = System.nanoTime();
            long from = knowledge.current().version();
            List<VersionStore.Stored> older = versions.olderThan(from);
            if (older.isEmpty()) {
                log.info("rollback refused: no version kept before version {}", from);
                throw new MaintenanceConflictException("there is no version before " + from + " to roll back to");
            }
            try {
                return makeLive(versions.open(older.get(0)), "rollback from version " + from, started);
            } catch (VersionException | SearchException | InvalidContentException e) {
                log.error("rollback to version {} failed after {} ms; version {} keeps serving",
                        older.get(0).version(), KnowledgeVersions.millis(started), from, e);
                throw e;
            }
        });
    }

    Status status() {
        long live = knowledge.current().version();
        List<Kept> kept = versions.store().list().stream()
                .sorted((a, b) -> Long.compare(b.version(), a.version()))
                .map(v -> new Kept(v.version(), v.builtAt().toString(), v.contentHash(), v.passages(),
                        v.version() == live))
                .toList();
        return knowledge.use(k -> {
            String hash = kept.stream().filter(v -> v.version() == k.version()).map(Kept::contentHash).findFirst()
                    .orElse(null);
            return new Status(k.version(), k.builtAt().toString(), hash, k.index().passageCount(),
                    k.content().sections().size(), kept);
        });
    }

    /** Runs one maintenance operation if none is running; package-private so tests can hold the lock. */
    <T> T exclusively(String operation, Supplier<T> work) {
        if (!busy.compareAndSet(false, true)) {
            log.info("{} refused: another reindex or rollback is running", operation);
            throw new MaintenanceConflictException("another reindex or rollback is running; try again shortly");
        }
        try {
            return work.get();
        } finally {
            busy.set(false);
        }
    }

    /** Pointer on disk first: if it cannot be written, nothing changed and the new version is closed unused. */
    private Result makeLive(Knowledge next, String operation, long started) {
        try {
            versions.store().markLive(next.version());
        } catch (VersionException e) {
            next.index().close();
            throw e;
        }
        Knowledge previous = knowledge.swap(next);
        List<Long> deleted;
        try {
            deleted = versions.store().prune(next.version(), keep);
        } catch (VersionException e) {
            // The swap is done and serving; leftovers are retried at the next prune.
            log.warn("{}: could not delete old versions", operation, e);
            deleted = List.of();
        }
        Result result = new Result(next.version(), next.index().passageCount(), next.content().sections().size(),
                KnowledgeVersions.millis(started));
        log.info("{}: version {} live (was {}), {} passages, {} sections, took {} ms; deleted old versions {}",
                operation, result.version(), previous.version(), result.passages(), result.sections(),
                result.tookMs(), deleted);
        return result;
    }

    /** Where the problems are, without what they say: messages may quote content. */
    private static List<String> locations(List<ContentProblem> problems) {
        return problems.stream().map(p -> p.line() > 0 ? p.file() + ":" + p.line() : p.file()).toList();
    }
}
