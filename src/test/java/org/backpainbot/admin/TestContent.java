package org.backpainbot.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** A writable copy of the project's index-data for tests that edit content. */
final class TestContent {

    static final Path ORIGINAL = Path.of("index-data");
    static final Path ARTICLE = Path.of("articles", "postpartum-back-pain.md");

    private TestContent() {
    }

    /** Replaces {@code dir}'s files with a fresh copy of index-data. */
    static Path reset(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(dir)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            try (Stream<Path> walk = Files.walk(ORIGINAL)) {
                for (Path from : walk.toList()) {
                    Path to = dir.resolve(ORIGINAL.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path dir, Path file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, Path file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one exact, unique piece of text in a content file. */
    static void replace(Path dir, Path file, String old, String replacement) {
        String text = read(dir, file);
        int at = text.indexOf(old);
        if (at < 0 || text.indexOf(old, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly one occurrence in " + file + ": " + old);
        }
        write(dir, file, text.replace(old, replacement));
    }

    /** 1-based number of the first line of {@code file} that starts with {@code prefix}. */
    static int lineOf(Path dir, Path file, String prefix) {
        String[] lines = read(dir, file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line starting with " + prefix + " in " + file);
    }
}
