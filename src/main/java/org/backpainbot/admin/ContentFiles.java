package org.backpainbot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a content directory as a whole: their hash, and a copy kept with each index version. Covers every
 * file (articles, synonyms, templates, triage rules), not only those the content loader reads, so a change to any
 * of them makes a new version. Hidden files and editor backups ({@code .x.swp}, {@code x~}) are left out of both.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    /** SHA-256 over each file's relative path and bytes, in path order. */
    static String hash(Path dir) {
        MessageDigest digest = sha256();
        try {
            for (Path file : files(dir)) {
                byte[] bytes = Files.readAllBytes(file);
                digest.update(relative(dir, file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            }
        } catch (IOException e) {
            throw new VersionException("cannot read the content in " + dir, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Copies the content into {@code target}, which must not exist yet. */
    static void copy(Path dir, Path target) {
        try {
            Files.createDirectories(target);
            for (Path file : files(dir)) {
                Path to = target.resolve(relative(dir, file));
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new VersionException("cannot copy the content from " + dir, e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> included(dir.relativize(f)))
                    .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b)))
                    .toList();
        }
    }

    private static boolean included(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return false;
            }
        }
        return true;
    }

    /** With '/' on every platform, so the hash of a copy equals the hash of its original anywhere. */
    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
