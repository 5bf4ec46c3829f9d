package org.backpainbot.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code templates.md}: a {@code ## key} heading, then the reviewed text for that key. */
final class TemplateParser {

    private TemplateParser() {
    }

    static Map<String, String> parse(String file, List<String> lines, Set<String> required,
                                     List<ContentProblem> problems) {
        Map<String, String> templates = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        String key = null;
        StringBuilder text = new StringBuilder();
        boolean inComment = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            if (line != null) {
                String trimmed = line.strip();
                if (inComment || trimmed.startsWith("<!--")) {
                    inComment = !trimmed.contains("-->");
                    continue;
                }
                if (!trimmed.startsWith("## ") && key == null) {
                    if (!trimmed.isEmpty() && !trimmed.startsWith("# ")) {
                        problems.add(new ContentProblem(file, i + 1, "text before the first '## key' heading"));
                    }
                    continue;
                }
                if (!trimmed.startsWith("## ")) {
                    text.append(line).append('\n');
                    continue;
                }
            }
            if (key != null) {
                String value = text.toString().strip().replaceAll("\\n{3,}", "\n\n");
                if (value.isEmpty()) {
                    problems.add(new ContentProblem(file, keyLines.get(key), "template '" + key + "' is empty"));
                }
                templates.put(key, value);
            }
            if (line == null) {
                break;
            }
            key = line.strip().substring(3).strip();
            text.setLength(0);
            if (keyLines.putIfAbsent(key, i + 1) != null) {
                problems.add(new ContentProblem(file, i + 1, "template '" + key + "' is defined twice"));
            }
        }
        for (String needed : required) {
            if (!templates.containsKey(needed)) {
                problems.add(new ContentProblem(file, 0, "missing template '## " + needed + "'"));
            }
        }
        return Map.copyOf(templates);
    }
}
