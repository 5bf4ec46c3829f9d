package org.backpainbot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and validates a content directory: {@code articles/*.md}, {@code synonyms.txt}, {@code not-covered.txt}
 * and {@code templates.md}.
 * Every problem is collected with its file and line; any problem means the whole directory is refused.
 */
public final class ContentLoader {

    static final String ARTICLES = "articles";
    static final String TEMPLATES_FILE = "templates.md";
    /** Templates the chat needs; a content directory without one of them cannot be served. */
    static final Set<String> REQUIRED_TEMPLATES = Set.of("greeting", "help", "fallback", "ambiguous", "source",
            "sources-intro", "non-text", "unavailable", "too-long");

    private ContentLoader() {
    }

    /**
     * @throws InvalidContentException listing every problem found
     */
    public static Content load(Path dir) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new InvalidContentException(List.of(new ContentProblem(dir.toString(), 0,
                    "content directory does not exist")));
        }
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        Map<Reference, Location> referenceLocations = new HashMap<>();
        for (Path file : articleFiles(dir, problems)) {
            String name = dir.relativize(file).toString();
            List<String> lines = readLines(dir, file, digest, problems);
            if (lines == null) {
                continue;
            }
            ArticleParser.Parsed parsed = new ArticleParser(name, lines, problems).parse();
            if (parsed != null) {
                articles.add(parsed.article());
                for (int i = 0; i < parsed.references().size(); i++) {
                    references.add(parsed.references().get(i));
                    referenceLocations.put(parsed.references().get(i),
                            new Location(name, parsed.referenceLines().get(i)));
                }
            }
        }
        checkIds(articles, references, referenceLocations, problems);

        List<String> synonymLines = readLines(dir, dir.resolve(Content.SYNONYMS_FILE), digest, problems);
        List<String> templateLines = readLines(dir, dir.resolve(TEMPLATES_FILE), digest, problems);
        List<String> notCoveredLines = readLines(dir, dir.resolve(NotCoveredParser.FILE), digest, problems);
        List<NotCoveredTopic> notCovered = notCoveredLines == null ? List.of()
                : NotCoveredParser.parse(notCoveredLines, problems);
        Map<String, String> templates = templateLines == null ? Map.of()
                : TemplateParser.parse(TEMPLATES_FILE, templateLines, REQUIRED_TEMPLATES, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new Content(List.copyOf(articles), List.copyOf(references), String.join("\n", synonymLines),
                notCovered, templates, HexFormat.of().formatHex(digest.digest()));
    }

    private static void checkIds(List<Article> articles, List<Reference> references,
                                 Map<Reference, Location> referenceLocations, List<ContentProblem> problems) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Article article : articles) {
            for (Section section : article.sections()) {
                Section first = sections.putIfAbsent(section.id(), section);
                if (first != null) {
                    problems.add(new ContentProblem(section.file(), section.line(), "duplicate section id '"
                            + section.id() + "' (first defined at " + first.file() + ":" + first.line() + ")"));
                }
            }
        }
        Map<String, Reference> ids = new HashMap<>();
        for (Reference reference : references) {
            Location at = referenceLocations.get(reference);
            if (ids.putIfAbsent(reference.id(), reference) != null) {
                problems.add(new ContentProblem(at.file(), at.line(), "duplicate reference id '" + reference.id()
                        + "'"));
            }
            for (String supported : reference.supports()) {
                if (!sections.containsKey(supported)) {
                    problems.add(new ContentProblem(at.file(), at.line(), "reference " + reference.id()
                            + " supports section '" + supported + "', which does not exist"));
                }
            }
        }
        if (sections.isEmpty() && !articles.isEmpty()) {
            problems.add(new ContentProblem(ARTICLES, 0, "no sections found"));
        }
    }

    private static List<Path> articleFiles(Path dir, List<ContentProblem> problems) {
        Path articles = dir.resolve(ARTICLES);
        if (!Files.isDirectory(articles)) {
            problems.add(new ContentProblem(ARTICLES, 0, "missing directory (one Markdown file per article)"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(articles)) {
            List<Path> md = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
            if (md.isEmpty()) {
                problems.add(new ContentProblem(ARTICLES, 0, "no *.md article files"));
            }
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + articles, e);
        }
    }

    /** Strict UTF-8: a bad byte is reported at its line rather than silently replaced. */
    private static List<String> readLines(Path dir, Path file, MessageDigest digest, List<ContentProblem> problems) {
        String name = dir.relativize(file).toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new ContentProblem(name, 0, "file is missing"));
            return null;
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new ContentProblem(name, line, "invalid UTF-8 (save the file as UTF-8)"));
            return null;
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\\R", -1));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record Location(String file, int line) {
    }
}
