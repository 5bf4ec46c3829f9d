package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.triage.RuleBook.Condition;
import org.backpainbot.triage.RuleBook.Reach;
import org.backpainbot.triage.RuleBook.Direction;
import org.backpainbot.triage.RuleBook.Sign;
import org.backpainbot.triage.RuleBook.Term;
import org.backpainbot.triage.RuleBook.Trigger;

/** Parses rules.txt (the format is described at the top of that file), collecting every problem with its line. */
final class RuleFile {

    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern SIGN_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int DEFAULT_WINDOW = 8;

    private final String file;
    private final List<ContentProblem> problems;
    private final Map<String, List<Phrase>> terms = new LinkedHashMap<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<Phrase> pseudo = new ArrayList<>();
    private final List<Phrase> relapses = new ArrayList<>();
    private final List<Phrase> idioms = new ArrayList<>();
    private final Set<String> known = new java.util.HashSet<>();
    private final Map<String, List<Phrase>> stops = new HashMap<>();
    private final Map<String, Integer> stopLines = new HashMap<>();
    private final Map<String, List<Phrase>> lists = new HashMap<>();
    private final Map<String, List<Phrase>> carries = new HashMap<>();
    private final Map<String, Integer> carryLines = new HashMap<>();
    private final Map<String, List<Phrase>> voids = new HashMap<>();
    private final Map<String, Integer> voidLines = new HashMap<>();
    private final Map<String, Integer> listLines = new HashMap<>();
    private final Map<String, Integer> whoseLines = new HashMap<>();
    private final Map<String, Integer> gapsLines = new HashMap<>();
    private final List<RuleBook.Gloss> glosses = new ArrayList<>();
    private final List<Phrase> boundaries = new ArrayList<>();
    private final List<Phrase> subjects = new ArrayList<>();
    private final List<SignDraft> signs = new ArrayList<>();

    /** A sign as written, its term references resolved only once the whole file is read. */
    private record SignDraft(String id, Urgency tier, int line, List<ConditionDraft> conditions, List<Phrase> unless) {
    }

    private record ConditionDraft(List<String> terms, Reach reach, int line) {
    }

    private RuleFile(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Returns the rule book, or null when a problem was added to {@code problems}. */
    static RuleBook parse(String file, List<String> lines, List<ContentProblem> problems) {
        RuleFile parser = new RuleFile(file, problems);
        int before = problems.size();
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i).strip());
        }
        RuleBook book = parser.resolve();
        return problems.size() == before ? book : null;
    }

    private void line(int n, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] head = line.split("\\s+", 2);
        String rest = head.length > 1 ? head[1] : "";
        switch (head[0]) {
            case "term" -> term(n, rest);
            case "trigger" -> trigger(n, rest);
            case "pseudo" -> phrases(n, afterEquals(n, rest, "pseudo"), pseudo);
            case "relapse" -> phrases(n, afterEquals(n, rest, "relapse"), relapses);
            case "idiom" -> phrases(n, afterEquals(n, rest, "idiom"), idioms);
            case "known" -> known(n, afterEquals(n, rest, "known"));
            case "whose" -> categories(n, afterEquals(n, rest, "whose"), "whose", whoseLines);
            case "gaps" -> categories(n, afterEquals(n, rest, "gaps"), "gaps", gapsLines);
            case "read" -> read(n, rest);
            case "stop" -> stop(n, rest, "stop", stops, stopLines);
            case "list" -> stop(n, rest, "list", lists, listLines);
            case "carry" -> stop(n, rest, "carry", carries, carryLines);
            case "void" -> stop(n, rest, "void", voids, voidLines);
            case "boundary" -> phrases(n, afterEquals(n, rest, "boundary"), boundaries);
            case "subject" -> phrases(n, afterEquals(n, rest, "subject"), subjects);
            case "sign" -> sign(n, rest);
            case "near" -> condition(n, rest, Reach.CLAUSE, head[0]);
            case "when" -> condition(n, rest, Reach.SENTENCE, head[0]);
            case "anywhere" -> condition(n, rest, Reach.MESSAGE, head[0]);
            case "unless" -> unless(n, rest);
            default -> problem(n, "unknown directive '" + head[0]
                    + "' (expected term, trigger, pseudo, relapse, idiom, known, whose, gaps, read, stop, list, carry, void, boundary, subject, sign, near, when, anywhere or"
                    + " unless)");
        }
    }

    private void term(int n, String rest) {
        int eq = rest.indexOf('=');
        String name = eq < 0 ? "" : rest.substring(0, eq).strip();
        if (eq < 0 || !NAME.matcher(name).matches()) {
            problem(n, "expected 'term NAME = phrase, phrase, ...'");
            return;
        }
        phrases(n, rest.substring(eq + 1), terms.computeIfAbsent(name, k -> new ArrayList<>()));
    }

    private void trigger(int n, String rest) {
        int eq = rest.indexOf('=');
        String[] words = eq < 0 ? new String[0] : rest.substring(0, eq).strip().split("\\s+");
        if (words.length < 2 || words.length > 3 || !SIGN_ID.matcher(words[0]).matches()) {
            problem(n, "expected 'trigger CATEGORY before|after|both|earlier [WINDOW] = phrase, ...'");
            return;
        }
        Direction dir;
        try {
            dir = Direction.valueOf(words[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(n, "unknown trigger direction '" + words[1] + "' (expected before, after, both or earlier)");
            return;
        }
        int window = DEFAULT_WINDOW;
        if (words.length == 3) {
            window = parseWindow(words[2]);
            if (window < 0) {
                problem(n, "trigger window must be a number from 1 to 30, got '" + words[2] + "'");
                return;
            }
        }
        List<Phrase> parsed = new ArrayList<>();
        phrases(n, rest.substring(eq + 1), parsed);
        for (Phrase p : parsed) {
            triggers.add(new Trigger(words[0], dir, window, p));
        }
    }

    private static int parseWindow(String s) {
        try {
            int w = Integer.parseInt(s);
            return w >= 1 && w <= 30 ? w : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void known(int n, String list) {
        for (String w : list.split(",")) {
            String word = w.strip();
            if (!word.matches("[a-z]+")) {
                problem(n, "known words are single lowercase words, got '" + word + "'");
            } else {
                known.add(word);
            }
        }
    }

    /** 'read ENGLISH WORDS = phrase, ...': words of another language read as English before the rules match. */
    private void read(int n, String rest) {
        int eq = rest.indexOf('=');
        String english = eq < 0 ? "" : rest.substring(0, eq).strip();
        if (eq < 0 || !english.matches("[a-z]+( [a-z]+)*")) {
            problem(n, "expected 'read english words = phrase, phrase, ...' (lowercase words before the '=')");
            return;
        }
        List<Phrase> phrases = new ArrayList<>();
        phrases(n, rest.substring(eq + 1), phrases);
        List<String> words = List.of(english.split(" "));
        for (Phrase p : phrases) {
            if (p.first().words().isEmpty()) {
                problem(n, "a 'read' phrase must start with a whole word, got '" + p + "'");
            } else {
                glosses.add(new RuleBook.Gloss(p, words));
            }
        }
    }

    /**
     * A 'whose' line (the trigger categories that say whose a symptom is, as opposed to whether she has it) or a 'gaps'
     * line (the categories whose triggers count inside a mention's gap).
     */
    private void categories(int n, String list, String directive, Map<String, Integer> into) {
        for (String w : list.split(",")) {
            String category = w.strip();
            if (!SIGN_ID.matcher(category).matches()) {
                problem(n, directive + " lists trigger categories, got '" + category + "'");
            } else {
                into.putIfAbsent(category, n);
            }
        }
    }

    /** A 'stop', 'list', 'carry' or 'void' line: phrases that belong to one trigger category. */
    private void stop(int n, String rest, String directive, Map<String, List<Phrase>> into,
            Map<String, Integer> lines) {
        int eq = rest.indexOf('=');
        String category = eq < 0 ? "" : rest.substring(0, eq).strip();
        if (!SIGN_ID.matcher(category).matches()) {
            problem(n, "expected '" + directive + " CATEGORY = phrase, ...'");
            return;
        }
        lines.putIfAbsent(category, n);
        phrases(n, rest.substring(eq + 1), into.computeIfAbsent(category, k -> new ArrayList<>()));
    }

    private void sign(int n, String rest) {
        String[] words = rest.strip().split("\\s+");
        if (words.length != 2 || !SIGN_ID.matcher(words[0]).matches()) {
            problem(n, "expected 'sign ID emergency|provider' with ID in lowercase letters, digits and _");
            return;
        }
        if (signs.stream().anyMatch(s -> s.id().equals(words[0]))) {
            problem(n, "sign '" + words[0] + "' is defined twice");
            return;
        }
        Urgency tier = switch (words[1]) {
            case "emergency" -> Urgency.EMERGENCY;
            case "provider" -> Urgency.PROVIDER;
            default -> null;
        };
        if (tier == null) {
            problem(n, "unknown tier '" + words[1] + "' for sign " + words[0] + " (expected emergency or provider)");
            return;
        }
        signs.add(new SignDraft(words[0], tier, n, new ArrayList<>(), new ArrayList<>()));
    }

    private void condition(int n, String rest, Reach reach, String directive) {
        if (signs.isEmpty()) {
            problem(n, directive + " outside a sign: put it after a 'sign' line");
            return;
        }
        List<String> refs = new ArrayList<>();
        for (String w : rest.strip().split("\\s+")) {
            if (!w.startsWith("@") || !NAME.matcher(w.substring(1)).matches()) {
                problem(n, "expected term references like @NUMB, got '" + w + "'");
                return;
            }
            refs.add(w.substring(1));
        }
        signs.get(signs.size() - 1).conditions().add(new ConditionDraft(refs, reach, n));
    }

    private void unless(int n, String rest) {
        if (signs.isEmpty()) {
            problem(n, "unless outside a sign: put it after a 'sign' line");
            return;
        }
        phrases(n, afterEquals(n, rest, "unless"), signs.get(signs.size() - 1).unless());
    }

    private String afterEquals(int n, String rest, String directive) {
        String r = rest.strip();
        if (!r.startsWith("=")) {
            problem(n, "expected '" + directive + " = phrase, phrase, ...'");
            return "";
        }
        return r.substring(1);
    }

    private void phrases(int n, String list, List<Phrase> into) {
        for (String source : list.split(",")) {
            if (source.isBlank()) {
                if (!list.isBlank()) {
                    problem(n, "empty phrase in list (two commas in a row, or a trailing comma?)");
                }
                continue;
            }
            try {
                into.add(Phrase.parse(source));
            } catch (IllegalArgumentException e) {
                problem(n, e.getMessage());
            }
        }
        if (list.isBlank()) {
            problem(n, "no phrases after '='");
        }
    }

    private RuleBook resolve() {
        Set<String> categories = new java.util.HashSet<>();
        triggers.forEach(t -> categories.add(t.category()));
        knownCategories("stop", stopLines, categories);
        knownCategories("list", listLines, categories);
        knownCategories("carry", carryLines, categories);
        knownCategories("void", voidLines, categories);
        knownCategories("whose", whoseLines, categories);
        knownCategories("gaps", gapsLines, categories);
        List<String> names = new ArrayList<>(terms.keySet());
        List<Sign> resolved = new ArrayList<>();
        for (SignDraft d : signs) {
            if (d.conditions().isEmpty()) {
                problem(d.line(), "sign " + d.id() + " has no 'near', 'when' or 'anywhere' line, so it can never fire");
            }
            List<Condition> conditions = new ArrayList<>();
            for (ConditionDraft c : d.conditions()) {
                List<Integer> idx = new ArrayList<>();
                for (String ref : c.terms()) {
                    int i = names.indexOf(ref);
                    if (i < 0) {
                        problem(c.line(), "unknown term @" + ref + " in sign " + d.id());
                    }
                    idx.add(i);
                }
                conditions.add(new Condition(List.copyOf(idx), c.reach()));
            }
            resolved.add(new Sign(d.id(), d.tier(), List.copyOf(conditions), List.copyOf(d.unless())));
        }
        if (signs.isEmpty()) {
            problem(0, "no signs defined");
        }
        List<Term> termList = new ArrayList<>();
        terms.forEach((name, phrases) -> termList.add(new Term(name, List.copyOf(phrases))));
        Map<String, List<Phrase>> stopCopy = new HashMap<>();
        stops.forEach((k, v) -> stopCopy.put(k, List.copyOf(v)));
        Map<String, List<Phrase>> listCopy = new HashMap<>();
        lists.forEach((k, v) -> listCopy.put(k, List.copyOf(v)));
        Map<String, List<Phrase>> carryCopy = new HashMap<>();
        carries.forEach((k, v) -> carryCopy.put(k, List.copyOf(v)));
        Map<String, List<Phrase>> voidCopy = new HashMap<>();
        voids.forEach((k, v) -> voidCopy.put(k, List.copyOf(v)));
        return new RuleBook(List.copyOf(termList), List.copyOf(triggers), List.copyOf(pseudo), List.copyOf(relapses),
                List.copyOf(idioms), Set.copyOf(known), Set.copyOf(whoseLines.keySet()), Set.copyOf(gapsLines.keySet()),
                List.copyOf(glosses),
                Map.copyOf(stopCopy), Map.copyOf(listCopy), Map.copyOf(carryCopy), Map.copyOf(voidCopy),
                List.copyOf(boundaries), List.copyOf(subjects), List.copyOf(resolved));
    }

    /** Each line of a per-category directive must name a category some trigger has. */
    private void knownCategories(String directive, Map<String, Integer> lines, Set<String> categories) {
        lines.forEach((category, line) -> {
            if (!categories.contains(category)) {
                problem(line, directive + " for unknown trigger category '" + category + "'");
            }
        });
    }

    private void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }
}
