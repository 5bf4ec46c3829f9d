package org.backpainbot.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one article file: YAML-style front matter, then {@code ## Heading {#id}} sections (Pandoc/kramdown heading
 * attributes), {@code ###} sub-headings whose paragraphs become passages, {@code ### ... {.questions}} lists, and a
 * references section whose {@code ### Name {#id}} entries are references. Collects problems instead of stopping at
 * the first, so a maintainer sees them all at once.
 */
final class ArticleParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*(?:\\{([^}]*)\\})?\\s*$");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern META = Pattern.compile("^(doi|url|supports):\\s*(.*)$");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "url", "published");

    private final String file;
    private final List<String> lines;
    private final List<ContentProblem> problems;

    private String title;
    private String url;
    private LocalDate published;
    private final List<Section> sections = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Integer> referenceLines = new ArrayList<>();

    // State of the section being read.
    private SectionDraft section;
    private String subHeading;
    private boolean inQuestions;
    private ReferenceDraft reference;
    private final StringBuilder paragraph = new StringBuilder();
    private int paragraphLine;

    ArticleParser(String file, List<String> lines, List<ContentProblem> problems) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
    }

    /** Parsed article, or null when the file is too broken to say what its sections are. */
    Parsed parse() {
        int i = readFrontMatter();
        if (i < 0) {
            return null;
        }
        boolean inComment = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            String trimmed = line.strip();
            if (inComment) {
                inComment = !trimmed.contains("-->");
                continue;
            }
            if (trimmed.startsWith("<!--")) {
                inComment = !trimmed.contains("-->");
                continue;
            }
            Matcher heading = HEADING.matcher(trimmed);
            if (trimmed.startsWith("#") && heading.matches()) {
                endParagraph();
                heading(heading.group(1).length(), heading.group(2), heading.group(3), lineNo);
            } else if (trimmed.isEmpty()) {
                endParagraph();
            } else {
                text(trimmed, lineNo);
            }
        }
        endParagraph();
        endSection();
        return new Parsed(new Article(file, title, url, published, List.copyOf(sections)), List.copyOf(references),
                List.copyOf(referenceLines));
    }

    record Parsed(Article article, List<Reference> references, List<Integer> referenceLines) {
    }

    private int readFrontMatter() {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problem(1, "missing front matter: the file must start with a '---' line, then title, url and published");
            return -1;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---")) {
                checkFrontMatter(values);
                return i + 1;
            }
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!FRONT_MATTER_KEYS.contains(key)) {
                problem(i + 1, "malformed front matter line (expected 'title:', 'url:' or 'published:'): " + line);
                continue;
            }
            values.put(key, unquote(line.substring(colon + 1).strip()));
            if (key.equals("published")) {
                try {
                    published = LocalDate.parse(values.get(key));
                } catch (DateTimeParseException e) {
                    problem(i + 1, "published must be a date like 2020-05-04, not '" + values.get(key) + "'");
                }
            }
        }
        problem(1, "front matter is not closed by a '---' line");
        return -1;
    }

    private void checkFrontMatter(Map<String, String> values) {
        title = values.get("title");
        url = blankToNull(values.get("url"));
        if (title == null || title.isBlank()) {
            problem(1, "front matter has no title");
        }
        if (!values.containsKey("published")) {
            problem(1, "front matter has no published date");
        }
    }

    private void heading(int level, String text, String attributes, int lineNo) {
        String id = null;
        boolean questions = false;
        if (attributes != null) {
            for (String attribute : attributes.strip().split("\\s+")) {
                if (attribute.startsWith("#")) {
                    id = attribute.substring(1);
                } else if (attribute.equals(".questions")) {
                    questions = true;
                } else if (!attribute.isEmpty()) {
                    problem(lineNo, "unknown heading attribute '" + attribute + "' (use {#id} or {.questions})");
                }
            }
        }
        if (level == 2) {
            endSection();
            String sectionId = id != null ? id : slug(text);
            if (!ID.matcher(sectionId).matches()) {
                problem(lineNo, "section id '" + sectionId + "' must be lowercase letters, digits and dashes");
            }
            section = new SectionDraft(sectionId, text, lineNo);
            return;
        }
        if (level != 3) {
            problem(lineNo, "only ## (section) and ### (sub-heading) headings are allowed here");
            return;
        }
        if (section == null) {
            problem(lineNo, "### sub-heading before the first ## section");
            return;
        }
        endReference();
        inQuestions = questions;
        subHeading = questions ? null : text;
        if (section.id.equals(Content.REFERENCES) && !questions) {
            if (id == null) {
                problem(lineNo, "a reference needs a stable id: ### " + text + " {#author-year}");
                id = slug(text);
            }
            reference = new ReferenceDraft(id, text, lineNo);
            subHeading = null;
        }
    }

    private void text(String line, int lineNo) {
        if (section == null) {
            problem(lineNo, "text before the first ## section heading");
            return;
        }
        if (inQuestions) {
            if (!line.startsWith("- ") || line.substring(2).isBlank()) {
                problem(lineNo, "a questions block holds only '- question' lines");
            } else {
                section.questions.add(line.substring(2).strip());
            }
            return;
        }
        if (reference != null) {
            Matcher meta = META.matcher(line);
            if (meta.matches() && paragraph.isEmpty()) {
                reference.meta(meta.group(1), meta.group(2).strip(), lineNo);
                return;
            }
        } else if (section.id.equals(Content.REFERENCES)) {
            problem(lineNo, "text in the references section must sit under a '### Name {#id}' reference");
            return;
        }
        if (paragraph.isEmpty()) {
            paragraphLine = lineNo;
        } else {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private void endParagraph() {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (reference != null) {
            if (reference.citation != null) {
                problem(paragraphLine, "reference " + reference.id + " has a second citation paragraph");
            }
            reference.citation = text;
        } else {
            section.paragraphs.add(new Paragraph(subHeading, text));
        }
    }

    private void endReference() {
        if (reference == null) {
            return;
        }
        if (reference.citation == null) {
            problem(reference.line, "reference " + reference.id + " has no citation text");
        } else {
            references.add(new Reference(reference.id, reference.name, reference.citation, reference.doi,
                    reference.url, List.copyOf(reference.supports)));
            referenceLines.add(reference.supportsLine > 0 ? reference.supportsLine : reference.line);
            if (reference.supports.isEmpty()) {
                problem(reference.line, "reference " + reference.id + " names no sections ('supports: id, id')");
            }
        }
        reference = null;
    }

    private void endSection() {
        endReference();
        if (section == null) {
            return;
        }
        List<Passage> passages = passages(section);
        if (passages.isEmpty() && !section.id.equals(Content.REFERENCES)) {
            problem(section.line, "section " + section.id + " has no paragraphs");
        }
        sections.add(new Section(section.id, section.title, title, file, section.line, passages,
                List.copyOf(section.questions)));
        section = null;
        subHeading = null;
        inQuestions = false;
    }

    /** Stable ids: the sub-heading's slug, numbered when it holds several paragraphs; pN without a sub-heading. */
    private static List<Passage> passages(SectionDraft section) {
        Map<String, Integer> perHeading = new LinkedHashMap<>();
        section.paragraphs.forEach(p -> perHeading.merge(String.valueOf(p.heading), 1, Integer::sum));
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Passage> passages = new ArrayList<>();
        for (Paragraph p : section.paragraphs) {
            String key = String.valueOf(p.heading);
            int n = seen.merge(key, 1, Integer::sum);
            String local = p.heading == null ? "p" + n
                    : perHeading.get(key) == 1 ? slug(p.heading) : slug(p.heading) + "-" + n;
            passages.add(new Passage(section.id + "/" + local, section.id, p.heading, p.text));
        }
        return List.copyOf(passages);
    }

    static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    private record Paragraph(String heading, String text) {
    }

    private static final class SectionDraft {
        final String id;
        final String title;
        final int line;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<String> questions = new ArrayList<>();

        SectionDraft(String id, String title, int line) {
            this.id = id;
            this.title = title;
            this.line = line;
        }
    }

    private final class ReferenceDraft {
        final String id;
        final String name;
        final int line;
        String citation;
        String doi;
        String url;
        int supportsLine;
        final List<String> supports = new ArrayList<>();

        ReferenceDraft(String id, String name, int line) {
            this.id = id;
            this.name = name;
            this.line = line;
        }

        void meta(String key, String value, int lineNo) {
            switch (key) {
                case "doi" -> doi = value.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
                case "url" -> url = value;
                default -> {
                    supportsLine = lineNo;
                    for (String s : value.split(",")) {
                        if (!s.isBlank()) {
                            supports.add(s.strip());
                        }
                    }
                }
            }
            if (value.isEmpty()) {
                problem(lineNo, key + ": needs a value");
            }
        }
    }
}
