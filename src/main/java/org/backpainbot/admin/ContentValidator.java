package org.backpainbot.admin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backpainbot.content.Content;
import org.backpainbot.content.ContentLoader;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.search.SearchIndex;
import org.backpainbot.triage.TriageRules;

/**
 * Checks a content directory as a whole before anything is built from it: the articles and templates, the triage
 * rules and the lay synonyms. Each part is checked even when another fails, so a maintainer sees every problem in
 * one run. Used by the {@code validate} command, at start-up and by every reindex.
 */
final class ContentValidator {

    private ContentValidator() {
    }

    /** A content directory that passed: what to build from, and what to tell the maintainer about it. */
    record Validated(Content content, TriageRules triage, int synonymLines) {

        int sections() {
            return content.sections().size();
        }

        int passages() {
            return content.sections().stream().mapToInt(s -> s.passages().size()).sum();
        }

        String summary() {
            return content.articles().size() + " article(s), " + sections() + " sections, " + passages()
                    + " passages, " + content.references().size() + " references, " + synonymLines
                    + " synonym lines, " + triage.ruleCount() + " triage rules";
        }
    }

    /**
     * @throws InvalidContentException listing every problem found, each as {@code file:line: message}
     */
    static Validated validate(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidContentException(List.of(new ContentProblem(dir.toString(), 0,
                    "content directory does not exist")));
        }
        List<ContentProblem> problems = new ArrayList<>();
        Content content = null;
        try {
            content = ContentLoader.load(dir);
        } catch (InvalidContentException e) {
            problems.addAll(e.problems());
        }
        TriageRules triage = null;
        try {
            triage = TriageRules.load(dir);
        } catch (InvalidContentException e) {
            problems.addAll(e.problems());
        }
        String synonyms = content != null ? content.synonyms() : readQuietly(dir.resolve(Content.SYNONYMS_FILE));
        if (synonyms != null) {
            problems.addAll(synonymProblems(synonyms));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new Validated(content, triage, countEntries(content.synonyms()));
    }

    private static List<ContentProblem> synonymProblems(String synonyms) {
        try {
            SearchIndex.checkSynonyms(synonyms);
            return List.of();
        } catch (InvalidContentException e) {
            return e.problems();
        }
    }

    /** The synonyms text when the loader could not give it; null when unreadable (the loader reported why). */
    private static String readQuietly(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (IOException e) {
            // Missing or not UTF-8: the content loader has already reported it at its file and line.
            return null;
        }
    }

    private static int countEntries(String synonyms) {
        return (int) synonyms.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
    }
}
