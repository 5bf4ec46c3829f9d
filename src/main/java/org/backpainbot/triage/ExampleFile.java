package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.triage.RuleBook.Sign;

/**
 * Parses examples.txt (format at the top of that file): the reviewed phrasings of each sign that the semantic
 * safety net compares messages with, and the similarity threshold of each tier. Every problem is collected with
 * its line.
 */
final class ExampleFile {

    /** Few phrasings make the net's reach depend on one wording; three is the least that shows some variety. */
    static final int MIN_PER_SIGN = 3;

    private static final Pattern EXAMPLE = Pattern.compile("([a-z0-9_]+)\\s*:(.*)");
    private static final Pattern THRESHOLD = Pattern.compile("threshold\\s+(\\S+)\\s*=\\s*(\\S*)");
    private static final Pattern EXPLAINS = Pattern.compile("explains\\s+(\\S+)\\s*=(.*)");
    private static final Pattern RULED_OUT = Pattern.compile("ruled\\s+out\\s+(\\S+)\\s*=(.*)");

    /**
     * The pseudo-sign of the everyday talk the bot is for ("my lower back aches after feeding"): not a red flag,
     * but what a red flag must be told apart from. Optional; a sign may not take this id.
     */
    static final String EVERYDAY = "everyday";

    /**
     * Phrasings per sign id in file order, the threshold of each tier, per-sign overrides of it, and the everyday
     * phrasings (possibly none).
     */
    record Examples(Map<String, List<String>> phrasings, Map<Urgency, Float> thresholds, Map<String, Float> own,
            List<String> everyday, Map<String, Set<String>> explains, Map<String, Set<String>> ruledOut) {

        float threshold(Sign s) {
            return own.getOrDefault(s.id(), thresholds.get(s.tier()));
        }
    }

    private ExampleFile() {
    }

    /** Returns the examples, or null when a problem was added; {@code signs} are those rules.txt defines. */
    static Examples parse(String file, List<String> lines, List<Sign> signs, List<ContentProblem> problems) {
        int before = problems.size();
        Map<String, Sign> byId = new LinkedHashMap<>();
        signs.forEach(s -> byId.put(s.id(), s));
        Map<String, List<String>> phrasings = new LinkedHashMap<>();
        Map<Urgency, Float> thresholds = new EnumMap<>(Urgency.class);
        Map<String, Float> own = new LinkedHashMap<>();
        List<String> everyday = new ArrayList<>();
        Map<String, Set<String>> explains = new LinkedHashMap<>();
        Map<String, Set<String>> ruledOut = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher t = THRESHOLD.matcher(line);
            Matcher e = EXAMPLE.matcher(line);
            Matcher x = EXPLAINS.matcher(line);
            Matcher r = RULED_OUT.matcher(line);
            if (r.matches()) {
                ruledOut(file, n, r.group(1), r.group(2), byId, ruledOut, problems);
            } else if (x.matches()) {
                explains(file, n, x.group(1), x.group(2), byId, explains, problems);
            } else if (t.matches()) {
                if (byId.containsKey(t.group(1))) {
                    Float f = number(file, n, t.group(2), problems);
                    if (f != null && own.put(t.group(1), f) != null) {
                        problems.add(new ContentProblem(file, n, "second threshold for " + t.group(1)));
                    }
                } else {
                    threshold(file, n, t.group(1), t.group(2), thresholds, problems);
                }
            } else if (e.matches()) {
                String id = e.group(1);
                String text = e.group(2).strip();
                if (id.equals(EVERYDAY) && !byId.containsKey(id) && !text.isEmpty()) {
                    everyday.add(text);
                } else if (!byId.containsKey(id)) {
                    problems.add(new ContentProblem(file, n, "unknown sign '" + id + "': not defined in rules.txt"));
                } else if (text.isEmpty()) {
                    problems.add(new ContentProblem(file, n, "empty phrasing for sign '" + id + "'"));
                } else {
                    phrasings.computeIfAbsent(id, k -> new ArrayList<>()).add(text);
                }
            } else {
                problems.add(new ContentProblem(file, n,
                        "expected 'sign_id: phrasing', 'threshold emergency|provider = number', 'explains SIGN = SIGN, ...' or "
                        + "'ruled out SIGN = word, ...'"));
            }
        }
        for (Sign s : signs) {
            int count = phrasings.getOrDefault(s.id(), List.of()).size();
            if (count < MIN_PER_SIGN) {
                problems.add(new ContentProblem(file, 0, "sign '" + s.id() + "' has " + count + " phrasings; at least "
                        + MIN_PER_SIGN + " are needed so the net covers it"));
            }
        }
        signs.stream().map(Sign::tier).distinct().filter(u -> !thresholds.containsKey(u)).forEach(u -> problems.add(
                new ContentProblem(file, 0, "no valid 'threshold " + u.json() + " = number' line")));
        return problems.size() == before ? new Examples(phrasings, thresholds, own, List.copyOf(everyday),
                Map.copyOf(explains), Map.copyOf(ruledOut)) : null;
    }

    /** "ruled out SIGN = word, word": SIGN a sign, each entry one word (a reading such as _bp_ok_, or a plain word). */
    private static void ruledOut(String file, int n, String id, String list, Map<String, Sign> byId,
            Map<String, Set<String>> ruledOut, List<ContentProblem> problems) {
        entries(file, n, "ruled out", id, list, byId, ruledOut, w -> w.matches("[a-z0-9_]+"),
                ": each entry must be one lowercase word, as the reader writes it (e.g. _bp_ok_)", problems);
    }

    /** "explains MILD = SIGN, SIGN": every id a sign, none of them MILD itself. */
    private static void explains(String file, int n, String mild, String list, Map<String, Sign> byId,
            Map<String, Set<String>> explains, List<ContentProblem> problems) {
        entries(file, n, "explains", mild, list, byId, explains, s -> byId.containsKey(s) && !s.equals(mild),
                ", which is not another sign defined in rules.txt", problems);
    }

    /** "DIRECTIVE SIGN = entry, entry": SIGN a sign, every entry {@code valid}; the first invalid one is reported. */
    private static void entries(String file, int n, String directive, String id, String list, Map<String, Sign> byId,
            Map<String, Set<String>> into, Predicate<String> valid, String invalid,
            List<ContentProblem> problems) {
        if (!byId.containsKey(id)) {
            problems.add(new ContentProblem(file, n, "unknown sign '" + id + "': not defined in rules.txt"));
            return;
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String e : list.split(",")) {
            String s = e.strip();
            if (!valid.test(s)) {
                problems.add(new ContentProblem(file, n, "'" + directive + " " + id + "' lists '" + s + "'" + invalid));
                return;
            }
            entries.add(s);
        }
        into.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(entries);
    }

    private static void threshold(String file, int n, String tier, String value, Map<Urgency, Float> thresholds,
            List<ContentProblem> problems) {
        Urgency u = switch (tier) {
            case "emergency" -> Urgency.EMERGENCY;
            case "provider" -> Urgency.PROVIDER;
            default -> null;
        };
        if (u == null) {
            problems.add(new ContentProblem(file, n, "unknown tier or sign '" + tier
                    + "' (expected emergency, provider or a sign id from rules.txt)"));
            return;
        }
        Float f = number(file, n, value, problems);
        if (f != null && thresholds.put(u, f) != null) {
            problems.add(new ContentProblem(file, n, "second threshold for " + tier));
        }
    }

    private static Float number(String file, int n, String value, List<ContentProblem> problems) {
        float f;
        try {
            f = Float.parseFloat(value);
        } catch (NumberFormatException ex) {
            f = Float.NaN;
        }
        // below 0.3 almost any two sentences about the body match: a typo like "0.06" must not flag everything
        if (!(f >= 0.3f && f <= 1f)) {
            problems.add(new ContentProblem(file, n, "threshold must be a number from 0.3 to 1, not '" + value + "'"));
            return null;
        }
        return f;
    }
}
