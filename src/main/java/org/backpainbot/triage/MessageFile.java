package org.backpainbot.triage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainbot.content.ContentProblem;

/**
 * Parses messages.txt (format at the top of that file): per-region numbers, the headline of each tier and one
 * line per sign. Every problem is collected with its line, including signs without a message and placeholders
 * that some region does not define.
 */
final class MessageFile {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private record Text(String value, int line) {
    }

    private final String file;
    private final List<ContentProblem> problems;
    private final Map<Region, Map<String, String>> numbers = new EnumMap<>(Region.class);
    private final Map<Urgency, Text> headlines = new EnumMap<>(Urgency.class);
    private final Map<Region, Map<Urgency, Text>> regionalHeadlines = new EnumMap<>(Region.class);
    private final Map<String, Text> sayings = new LinkedHashMap<>();

    private MessageFile(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
        for (Region r : Region.values()) {
            numbers.put(r, new HashMap<>());
            regionalHeadlines.put(r, new EnumMap<>(Urgency.class));
        }
    }

    /** Returns the messages, or null when a problem was added; {@code signIds} are the signs rules.txt
     * defines, or null when rules.txt is itself broken and the cross-check would mislead. */
    static Messages parse(String file, List<String> lines, Set<String> signIds, List<ContentProblem> problems) {
        MessageFile parser = new MessageFile(file, problems);
        int before = problems.size();
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i).strip());
        }
        Messages messages = parser.resolve(signIds);
        return problems.size() == before ? messages : null;
    }

    private void line(int n, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int eq = line.indexOf('=');
        String[] head = (eq < 0 ? line : line.substring(0, eq)).strip().split("\\s+");
        String value = eq < 0 ? "" : line.substring(eq + 1).strip();
        if (!Set.of("number", "headline", "say").contains(head[0])) {
            problem(n, "unknown directive '" + head[0] + "' (expected number, headline or say)");
            return;
        }
        if (eq < 0 || value.isEmpty()) {
            problem(n, "expected '" + head[0] + " ... = text'");
            return;
        }
        switch (head[0]) {
            case "number" -> number(n, head, value);
            case "headline" -> headline(n, head, value);
            default -> say(n, head, value);
        }
    }

    private void number(int n, String[] head, String value) {
        Region region = head.length == 3 ? region(n, head[1]) : null;
        if (head.length != 3 || !head[2].matches("[a-z_]+")) {
            problem(n, "expected 'number REGION name = text', e.g. 'number UK emergency = 999'");
        } else if (region != null && numbers.get(region).put(head[2], value) != null) {
            problem(n, "number " + head[2] + " for " + region + " is defined twice");
        }
    }

    private void headline(int n, String[] head, String value) {
        if (head.length < 2 || head.length > 3 || !(head[1].equals("emergency") || head[1].equals("provider"))) {
            problem(n, "expected 'headline emergency|provider [REGION] = text'");
            return;
        }
        Urgency tier = head[1].equals("emergency") ? Urgency.EMERGENCY : Urgency.PROVIDER;
        if (head.length == 2) {
            if (headlines.put(tier, new Text(value, n)) != null) {
                problem(n, "headline " + head[1] + " is defined twice");
            }
            return;
        }
        Region region = region(n, head[2]);
        if (region != null && regionalHeadlines.get(region).put(tier, new Text(value, n)) != null) {
            problem(n, "headline " + head[1] + " for " + region + " is defined twice");
        }
    }

    private void say(int n, String[] head, String value) {
        if (head.length != 2) {
            problem(n, "expected 'say SIGN_ID = text'");
        } else if (sayings.put(head[1], new Text(value, n)) != null) {
            problem(n, "message for sign " + head[1] + " is defined twice");
        }
    }

    private Region region(int n, String name) {
        try {
            return Region.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(n, "unknown region '" + name + "' (expected US, UK or EU)");
            return null;
        }
    }

    private Messages resolve(Set<String> signIds) {
        for (Urgency tier : List.of(Urgency.EMERGENCY, Urgency.PROVIDER)) {
            if (!headlines.containsKey(tier)) {
                problem(0, "missing 'headline " + tier.json() + " = ...'");
            }
        }
        if (signIds != null) {
            sayings.forEach((id, text) -> {
                if (!signIds.contains(id)) {
                    problem(text.line(), "message for unknown sign '" + id + "' (not defined in rules.txt)");
                }
            });
            signIds.stream().filter(id -> !sayings.containsKey(id)).sorted().forEach(id ->
                    problem(0, "missing message: no 'say " + id + " = ...' for sign " + id));
        }
        Map<Region, Map<Urgency, String>> heads = new EnumMap<>(Region.class);
        Map<Region, Map<String, String>> says = new EnumMap<>(Region.class);
        for (Region r : Region.values()) {
            if (!numbers.get(r).containsKey("emergency")) {
                problem(0, "missing 'number " + r + " emergency = ...'");
            }
            Map<Urgency, String> h = new EnumMap<>(Urgency.class);
            for (Map.Entry<Urgency, Text> e : headlines.entrySet()) {
                Text t = regionalHeadlines.get(r).getOrDefault(e.getKey(), e.getValue());
                h.put(e.getKey(), fill(t, r));
            }
            heads.put(r, h);
            Map<String, String> s = new HashMap<>();
            sayings.forEach((id, t) -> s.put(id, fill(t, r)));
            says.put(r, s);
        }
        return new Messages(heads, says);
    }

    private String fill(Text text, Region region) {
        Matcher m = PLACEHOLDER.matcher(text.value());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String number = numbers.get(region).get(m.group(1));
            if (number == null) {
                problem(text.line(), "{" + m.group(1) + "} has no 'number " + region + " " + m.group(1) + " = ...'");
                number = m.group();
            }
            m.appendReplacement(b, Matcher.quoteReplacement(number));
        }
        m.appendTail(b);
        return b.toString();
    }

    private void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }
}
