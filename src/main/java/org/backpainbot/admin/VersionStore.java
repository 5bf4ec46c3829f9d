package org.backpainbot.admin;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The index versions on disk under {@code bot.index-dir}: {@code v0003/content/} (a copy of the content it was built
 * from), {@code v0003/lucene/} (its index) and {@code v0003/version.properties}, written last, after the version
 * passed its checks, so a directory without it is an unfinished build. {@code LIVE} names the version to serve,
 * {@code LAST} the highest number ever given.
 * Owns files only; an opened version belongs to the {@code KnowledgeBase}. Assumes one process per index dir.
 */
final class VersionStore {

    private static final Pattern NAME = Pattern.compile("v(\\d{4,})");
    private static final String META = "version.properties";
    private static final String LIVE = "LIVE";
    /** The highest number ever claimed. */
    private static final String LAST = "LAST";

    /** One finished version on disk. */
    record Stored(long version, Path dir, String contentHash, Instant builtAt, int passages, int sections) {

        Path content() {
            return dir.resolve("content");
        }

        Path lucene() {
            return dir.resolve("lucene");
        }
    }

    private final Path root;

    VersionStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * Claims the next version number by creating its directory (atomic, so two builders never share one). Numbers
     * only grow, even past versions deleted by a rollback, so a number in a log names one build for good.
     */
    Path create() {
        try {
            Files.createDirectories(root);
            long next = Math.max(lastNumber(), numbers(true).stream().mapToLong(Long::longValue).max().orElse(0)) + 1;
            while (true) {
                Path dir = root.resolve(name(next));
                try {
                    Files.createDirectory(dir);
                    long claimed = next;
                    writeAtomically(root.resolve(LAST), w -> w.write(claimed + "\n"));
                    return dir;
                } catch (FileAlreadyExistsException e) {
                    next++;
                }
            }
        } catch (IOException e) {
            throw new VersionException("cannot create a version directory in " + root, e);
        }
    }

    static long number(Path versionDir) {
        Matcher m = NAME.matcher(versionDir.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version directory: " + versionDir);
        }
        return Long.parseLong(m.group(1));
    }

    static String name(long version) {
        return String.format("v%04d", version);
    }

    /** Marks a version finished; until then it is never served, listed or rolled back to. */
    Stored complete(Stored version) {
        Properties meta = new Properties();
        meta.setProperty("version", Long.toString(version.version()));
        meta.setProperty("contentHash", version.contentHash());
        meta.setProperty("builtAt", version.builtAt().toString());
        meta.setProperty("passages", Integer.toString(version.passages()));
        meta.setProperty("sections", Integer.toString(version.sections()));
        writeAtomically(version.dir().resolve(META), w -> meta.store(w, "index version, written after its checks"));
        return version;
    }

    /** Finished versions, oldest first. */
    List<Stored> list() {
        List<Stored> versions = new ArrayList<>();
        for (long n : numbers(false)) {
            read(n).ifPresent(versions::add);
        }
        return versions;
    }

    Optional<Stored> live() {
        try {
            String name = Files.readString(root.resolve(LIVE), StandardCharsets.UTF_8).strip();
            Matcher m = NAME.matcher(name);
            return m.matches() ? read(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new VersionException("cannot read " + root.resolve(LIVE), e);
        }
    }

    /** Records which version is served, so a restart starts from it. */
    void markLive(long version) {
        writeAtomically(root.resolve(LIVE), w -> w.write(name(version) + "\n"));
    }

    /**
     * Keeps the live version and the {@code keep - 1} newest before it; deletes the rest: older ones, ones newer
     * than live (rolled back from) and unfinished builds.
     *
     * @return the versions deleted
     */
    List<Long> prune(long live, int keep) {
        List<Long> finished = list().stream().map(Stored::version).toList();
        List<Long> kept = finished.stream().filter(v -> v <= live).sorted(Comparator.reverseOrder()).limit(keep)
                .toList();
        List<Long> deleted = new ArrayList<>();
        for (long n : numbers(true)) {
            if (!kept.contains(n)) {
                delete(root.resolve(name(n)));
                deleted.add(n);
            }
        }
        return deleted;
    }

    void delete(Path versionDir) {
        if (!Files.exists(versionDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(versionDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new VersionException("cannot delete " + versionDir, e);
        }
    }

    private Optional<Stored> read(long n) {
        Path dir = root.resolve(name(n));
        Properties meta = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(META), StandardCharsets.ISO_8859_1)) {
            meta.load(r);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // unfinished, or deleted while we listed
        } catch (IOException e) {
            throw new VersionException("cannot read " + dir.resolve(META), e);
        }
        return Optional.of(new Stored(n, dir, meta.getProperty("contentHash"),
                Instant.parse(meta.getProperty("builtAt")), Integer.parseInt(meta.getProperty("passages")),
                Integer.parseInt(meta.getProperty("sections"))));
    }

    private long lastNumber() throws IOException {
        try {
            return Long.parseLong(Files.readString(root.resolve(LAST), StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException | NumberFormatException e) {
            return 0; // first build, or a damaged counter: the directories present still keep numbers unique
        }
    }

    /** Version numbers of the directories present, ascending; with or without unfinished ones. */
    private List<Long> numbers(boolean withUnfinished) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> NAME.matcher(d.getFileName().toString()).matches())
                    .filter(d -> withUnfinished || Files.exists(d.resolve(META)))
                    .map(VersionStore::number).sorted().toList();
        } catch (IOException e) {
            throw new VersionException("cannot list " + root, e);
        }
    }

    private interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    /** Write to a temporary file, then rename: a crash leaves the old file or the new one, never half of one. */
    private static void writeAtomically(Path file, Body content) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.ISO_8859_1)) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new VersionException("cannot write " + file, e);
        }
    }
}
