package org.backpainbot.triage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chat message into the tokens the rules match: lowercase, accents and apostrophes gone, letter runs
 * shortened, sentence ends as {@code "."} and commas as {@code ","}, and temperature and blood-pressure readings
 * replaced by the pseudo-words {@code _temp_high_}, {@code _temp_normal_}, {@code _bp_high_}, {@code _bp_ok_}
 * (and a pain score of 8/10 or more by {@code _score_high_}) so that rules can use thresholds without doing arithmetic.
 */
final class TextNormalizer {

    static final String SENTENCE = ".";
    /** Bullets of a list: each item reads as its own sentence. */
    private static final String BULLETS = "\u2022\u2023\u25e6\u25aa\u25ab\u25cf\u2043\u2219";
    static final String COMMA = ",";
    static final String TEMP_HIGH = "_temp_high_";
    static final String TEMP_NORMAL = "_temp_normal_";
    static final String TEMP_WORD_CLEARED = "_temp_word_";
    static final String BP_HIGH = "_bp_high_";
    static final String BP_OK = "_bp_ok_";
    /** Eight weeks or more (or two months or more) after birth: the article's limit for a tummy gap to close. */
    static final String WEEKS_8_PLUS = "_weeks_8_plus_";
    /**
     * A yes or no given right after a question or a label ("fever? no", "can you pass urine? A: no", "numb between
     * legs: no", "thoughts of harming yourself? honestly yes"): the answer joins the question's clause, whose
     * "you" becomes "i" (she is answering about herself), and a comma ends it.
     */
    static final String ANSWER_YES = "_answer_yes_";
    static final String ANSWER_NO = "_answer_no_";
    /** A pain score of 8 to 10 out of 10 ("9/10"): a severe pain in the mother's own measure. */
    static final String SCORE_HIGH = "_score_high_";
    /** After the second of two heights in centimetres a few apart ("was 165, measured 162 today"). */
    static final String HEIGHT_LOST = "_height_lost_";

    private static final Pattern LAUGHING = Pattern.compile("[\\x{1F602}\\x{1F923}\\x{1F606}\\x{1F639}]+");
    private static final Pattern CROSS = Pattern.compile("\\?[ \\t]*[\\x{274C}\\x{2716}\\x{274E}\\x{1F44E}\\x{1F645}\\x{1F6AB}\\x{26D4}]+");
    private static final Pattern TICK = Pattern.compile("\\?[ \\t]*[\\x{2705}\\x{2714}\\x{2611}\\x{1F44D}]+");
    private static final Set<String> FEET = Set.of("ft", "foot", "feet");
    private static final Set<String> SYSTOLIC = Set.of("sys", "systolic");
    private static final Set<String> DIASTOLIC = Set.of("dia", "dias", "diastolic");
    private static final Pattern CLINICAL_DURATION = Pattern.compile("(\\d{1,2})/(52|7)");
    private static final int MIN_HEIGHT_CM = 140;
    private static final int MAX_HEIGHT_CM = 200;
    private static final int MAX_HEIGHT_CHANGE_CM = 10;
    private static final Set<String> HEIGHT_WORDS = Set.of("measured", "measure", "measuring", "measures", "tall",
            "height", "cm", "cms", "centimetres", "centimeters", "shorter", "shrunk", "shrinking");
    private static final Set<String> NOT_HEIGHT = Set.of("kg", "kgs", "kilos", "lb", "lbs", "pounds", "weigh",
            "weighed", "weighs", "weight", "bp", "pressure", "systolic", "pulse", "bpm", "heartrate", "mmhg");

    private static final Set<String> WEEKS = Set.of("week", "weeks", "wk", "wks", "w");
    private static final Set<String> MONTHS = Set.of("month", "months", "mo", "mos", "mths", "mth", "m");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** A chat message longer than this is cut: the cost of assess() must stay bounded whatever arrives. */
    static final int MAX_CHARS = 20_000;
    /** No real word is longer; a 10,000-letter "word" is cut so that spelling tolerance never sees it whole. */
    private static final int MAX_WORD = 40;

    private static final Set<String> TEMP_WORDS = Set.of("temp", "temps", "temperature", "fever", "feverish",
            "febrile", "thermometer", "temperatures");
    private static final Set<String> CELSIUS = Set.of("c", "celsius", "centigrade");
    private static final Set<String> FAHRENHEIT = Set.of("f", "fahrenheit");
    private static final Set<String> DEGREES = Set.of("degrees", "degree", "deg");
    private static final Pattern SPACED_SLASH = Pattern.compile("(\\d)[ \\t]*/[ \\t]*(\\d)");
    private static final Pattern ONE_DECIMAL = Pattern.compile("\\d{2,3}\\.\\d");
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    /** Units that make a decimal something other than a temperature ("38.5 kg", "37.5 weeks"). */
    private static final Set<String> OTHER_UNITS = Set.of("kg", "kgs", "kilos", "lb", "lbs", "pounds", "st", "stone",
            "cm", "mm", "in", "inch", "inches", "ml", "oz", "l", "litres", "liters", "km", "miles", "weeks", "week", "wks",
            "days", "hours", "hrs", "mins", "minutes", "months", "years", "yrs", "percent", "bpm", "mmol");

    /** After a '?', ':' or spaced dash: an optional "A:" and one softening word, then the answer. */
    private static final String ANSWER_LEAD = "[?!]*[ \\t]*(?:a[ \\t]*[:.)-][ \\t]*|answer[ \\t]*[:.-]?[ \\t]*)?"
            + "(?:(?:honestly|sadly|unfortunately|actually|definitely|def|absolutely|um|uh|erm|well|ok|okay)[ \\t]*,?[ \\t]*)?";
    /**
     * A yes may run on ("yes 38.2", "yes very"); a no only as the whole answer or before a word that keeps it one ("no
     * never", "nah just my bra"), so "? no idea" is not one.
     */
    private static final Pattern ANSWER_YES_AT = Pattern.compile(ANSWER_LEAD + "(?:yes|yeah|yep|yup|yh|ya)(?![a-z])");
    private static final Pattern ANSWER_NO_AT = Pattern.compile(ANSWER_LEAD
            + "(no|nope|nah|none|not really|not at all|y|n)"
            + "(?:[ \\t]+(?:thankfully|luckily|fortunately|at all|whatsoever|thank god|thank goodness|phew|lol|haha|never|just)(?![a-z])"
            + "|(?=[ \\t]*(?:q[ \\t]*\\d|[^a-z0-9 \\t]|$)))");
    /** "you" in a question she answers is her. */
    private static final Map<String, String> FIRST_PERSON = Map.of("you", "i", "u", "i", "your",
            "my", "ur", "my", "yourself", "myself", "youre", "im", "youve", "ive", "yours", "mine");

    /**
     * Letters that NFKD does not split into a base letter and an accent, read as the rules write them: "głowa mnie
     * boli" as glowa, "søster" as soster, "straße" as strasse.
     */
    private static final Map<Character, String> FOLDS = Map.of('\u0142', "l", '\u00f8', "o", '\u0111', "d",
            '\u00df', "ss", '\u00e6', "ae", '\u0153', "oe", '\u0131', "i");

    private static final Map<String, String> NEGATED = Map.of("do", "dont", "does", "doesnt", "did", "didnt", "can",
            "cannot", "could", "couldnt", "would", "wouldnt");

    private TextNormalizer() {
    }

    static List<String> tokens(String text) {
        String s = text == null ? "" : text;
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
        }
        s = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        // "165 / 116" is a reading as "165/116" is
        s = SPACED_SLASH.matcher(s).replaceAll("$1/$2");
        // a laughing face is a "lol": "i literally cant breathe 😂 dh tried to swaddle her"
        s = LAUGHING.matcher(s).replaceAll(" lol ");
        // a cross or a thumbs down answering a question is a no, a tick or a thumbs up a yes: "numb down there? ❌ pee ok?
        // ✅"; elsewhere a cross may stress the sign ("cant pee at all 🚽❌", "breathing ✖ im gasping") and is not read
        s = CROSS.matcher(s).replaceAll("? no. ");
        s = TICK.matcher(s).replaceAll("? yes. ");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                flush(word, out);
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i))
                        || (isNumberJoiner(s.charAt(i)) && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))))) {
                    i++;
                }
                // an ordinal is one word: "3rd trimester", "2nd baby" (rules write 1st|2nd|3rd)
                if (i + 2 <= s.length() && ORDINALS.contains(s.substring(i, i + 2))
                        && (i + 2 == s.length() || !Character.isLetter(s.charAt(i + 2)))) {
                    i += 2;
                }
                out.add(s.substring(start, Math.min(i, start + MAX_WORD)));
                continue;
            }
            if (Character.isLetter(c)) {
                if (word.length() < MAX_WORD) {
                    String folded = FOLDS.get(c);
                    if (folded == null) {
                        word.append(c);
                    } else {
                        word.append(folded);
                    }
                }
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
                // accents (after NFKD) and apostrophes vanish inside a word: "can't" and "cant" are the same word
            } else {
                flush(word, out);
                int answered = (c == '?' || c == ':' || (c == '-' && spacedDash(s, i))) ? answer(s, i + 1, out) : -1;
                if (answered > 0) {
                    i = answered;
                    continue;
                }
                if (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)) && !out.isEmpty()
                        && out.get(out.size() - 1).equals("no")) {
                    // "pregnant with no.2": a number, not a no
                    out.set(out.size() - 1, "number");
                } else if (c == '\u2026' || (c == '.' && i + 1 < s.length() && s.charAt(i + 1) == '.')) {
                    // dots trailing off join what follows as a comma does: "down there is dormido... asleep feeling, no
                    // feeling when i touch" is one report
                    while (i + 1 < s.length() && s.charAt(i + 1) == '.') {
                        i++;
                    }
                    addBoundary(out, COMMA);
                } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r'
                        || BULLETS.indexOf(c) >= 0) {
                    // a bullet starts a list item as a new line does: "• fever no • cant pee yes" is two answers
                    addBoundary(out, SENTENCE);
                } else if (c == ',' || c == ':' || c == '\u2013' || c == '\u2014' || (c == '-' && spacedDash(s, i))) {
                    // a colon introduces what the words before it are about: "my husband has a kidney infection:
                    // burning pee, fever, side pain" is all his; a spaced or long dash joins clauses as a comma does
                    addBoundary(out, COMMA);
                }
            }
            i++;
        }
        flush(word, out);
        out = readSpokenPunctuation(out);
        out = joinNegations(out);
        out = readSpokenNumbers(out);
        readNumbers(out);
        readHeights(out);
        return out;
    }

    /**
     * When a yes or no answers the question (or label) that ends at {@code from}, adds the answer to the question's
     * clause, with its "you" read as "i", then a comma, and returns where reading goes on; else -1.
     */
    private static int answer(String s, int from, List<String> out) {
        if (out.isEmpty() || out.get(out.size() - 1).equals(SENTENCE) || out.get(out.size() - 1).equals(COMMA)) {
            return -1;
        }
        String token;
        Matcher m = ANSWER_YES_AT.matcher(s).region(from, s.length());
        if (m.lookingAt()) {
            token = ANSWER_YES;
        } else if ((m = ANSWER_NO_AT.matcher(s).region(from, s.length())).lookingAt()) {
            token = m.group(1).equals("y") ? ANSWER_YES : ANSWER_NO;
        } else {
            return -1;
        }
        for (int k = out.size() - 1; k >= 0 && !out.get(k).equals(SENTENCE) && !out.get(k).equals(COMMA); k--) {
            String first = FIRST_PERSON.get(out.get(k));
            if (first != null) {
                out.set(k, first);
            }
        }
        out.add(token);
        out.add(COMMA);
        return m.end();
    }

    /** A dash with space on both sides joins two clauses ("numbness down there - none"), unlike "c-section". */
    private static boolean spacedDash(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isWhitespace(s.charAt(i - 1))
                && Character.isWhitespace(s.charAt(i + 1));
    }

    private static boolean isNumberJoiner(char c) {
        return c == '.' || c == '/';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
    }

    private static void addBoundary(List<String> out, String boundary) {
        if (out.isEmpty()) {
            return;
        }
        String last = out.get(out.size() - 1);
        if (last.equals(SENTENCE)) {
            return;
        }
        if (last.equals(COMMA)) {
            out.set(out.size() - 1, boundary);
        } else {
            out.add(boundary);
        }
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(collapseRuns(word));
            word.setLength(0);
        }
    }

    /** "soooo" and "peeee" are emphasis, not new words: any run of three or more letters becomes two. */
    private static String collapseRuns(CharSequence w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            int n = b.length();
            if (n >= 2 && b.charAt(n - 1) == c && b.charAt(n - 2) == c) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * "do not", "can not" and the like are read as the contracted words people type more often ("dont", "cannot"),
     * so one phrase in the rules serves both: careful and non-native writers spell them out.
     */
    private static List<String> joinNegations(List<String> t) {
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            String joined = i + 1 < t.size() && t.get(i + 1).equals("not") ? NEGATED.get(t.get(i)) : null;
            if (joined == null) {
                out.add(t.get(i));
            } else {
                out.add(joined);
                i++;
            }
        }
        return out;
    }

    /** Punctuation said aloud to voice typing ("something to call about question mark") ends a sentence. */
    private static List<String> readSpokenPunctuation(List<String> t) {
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            String next = i + 1 < t.size() ? t.get(i + 1) : "";
            String w = t.get(i);
            if ((w.equals("question") && next.equals("mark")) || (w.equals("full") && next.equals("stop"))
                    || (w.equals("exclamation") && (next.equals("mark") || next.equals("point")))) {
                addBoundary(out, SENTENCE);
                i++;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /**
     * Numbers said in words, as voice typing writes them, become digits where they are readings: either side of
     * "over" ("one sixty over one ten", "a hundred and sixty five over a hundred and fifteen"), with a decimal point
     * ("thirty eight point four"), or next to a temperature word or unit ("fever of a hundred and two"); digits may
     * be said one by one ("one six five over one one two"). Elsewhere number words stay words ("one leg", "two weeks").
     */
    private static List<String> readSpokenNumbers(List<String> t) {
        List<String> out = new ArrayList<>(t.size());
        int i = 0;
        while (i < t.size()) {
            int[] end = new int[1];
            String value = spokenNumber(t, i, end);
            if (value != null && isReading(t, i, end[0], value)) {
                out.add(value);
                i = end[0];
            } else {
                out.add(t.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isReading(List<String> t, int start, int end, String value) {
        String before = start > 0 ? t.get(start - 1) : "";
        String after = end < t.size() ? t.get(end) : "";
        int[] next = new int[1];
        boolean over = (after.equals("over") && end + 1 < t.size()
                && (isInteger(t.get(end + 1)) || spokenNumber(t, end + 1, next) != null))
                || (before.equals("over") && start >= 2 && (isInteger(t.get(start - 2)) || isNumberWord(t.get(start - 2))));
        if (over || value.indexOf('.') > 0) {
            return true;
        }
        boolean unit = DEGREES.contains(after) || CELSIUS.contains(after) || FAHRENHEIT.contains(after);
        return Integer.parseInt(value) >= 30 && (unit || tempWordBefore(t, start) >= 0 || TEMP_WORDS.contains(after));
    }

    /** The number said in words from {@code i} as digits, its end in {@code end[0]}; null when none starts there. */
    private static String spokenNumber(List<String> t, int i, int[] end) {
        int k = i;
        int value = -1;
        if (k + 1 < t.size() && (t.get(k).equals("a") || t.get(k).equals("one")) && t.get(k + 1).equals("hundred")) {
            value = 100;
            k += 2;
            if (k + 1 < t.size() && t.get(k).equals("and") && isNumberWord(t.get(k + 1))) {
                k++;
            }
            int[] rest = new int[1];
            int below = belowHundred(t, k, rest);
            if (below >= 0) {
                value += below;
                k = rest[0];
            }
        } else if (k < t.size() && t.get(k).equals("hundred")) {
            value = 100;
            k++;
        } else {
            int[] rest = new int[1];
            int first = belowHundred(t, k, rest);
            if (first < 0) {
                return null;
            }
            value = first;
            k = rest[0];
            // "one sixty", "one ten", "one forty five": hundreds said as a digit then the rest
            if (first >= 1 && first <= 2 && k < t.size() && (TENS.containsKey(t.get(k)) || TEENS.contains(t.get(k)))) {
                int second = belowHundred(t, k, rest);
                value = first * 100 + second;
                k = rest[0];
            } else if (first >= 1 && k == i + 1) {
                // digit by digit, as a monitor's display is read out: "one six five over one one two", "three eight"
                for (int digits = 1; digits < 3 && k < t.size() && UNITS.contains(t.get(k)); digits++) {
                    value = value * 10 + UNITS.indexOf(t.get(k));
                    k++;
                }
            }
        }
        String digits = Integer.toString(value);
        if (k + 1 < t.size() && t.get(k).equals("point") && UNITS.contains(t.get(k + 1))) {
            StringBuilder b = new StringBuilder(digits).append('.');
            k++;
            while (k < t.size() && UNITS.contains(t.get(k))) {
                b.append(UNITS.indexOf(t.get(k)));
                k++;
            }
            digits = b.toString();
        }
        end[0] = k;
        return digits;
    }

    /** 0 to 99 said in words from {@code k} ("thirty eight", "fifteen", "six"), its end in rest[0]; else -1. */
    private static int belowHundred(List<String> t, int k, int[] rest) {
        if (k >= t.size()) {
            return -1;
        }
        String w = t.get(k);
        if (UNITS.contains(w)) {
            rest[0] = k + 1;
            return UNITS.indexOf(w);
        }
        if (TEENS.contains(w)) {
            rest[0] = k + 1;
            return 10 + TEENS.indexOf(w);
        }
        Integer value = TENS.get(w);
        if (value == null) {
            return -1;
        }
        if (k + 1 < t.size() && UNITS.contains(t.get(k + 1)) && !t.get(k + 1).equals("zero")) {
            rest[0] = k + 2;
            return value + UNITS.indexOf(t.get(k + 1));
        }
        rest[0] = k + 1;
        return value;
    }

    private static boolean isNumberWord(String w) {
        return UNITS.contains(w) || TEENS.contains(w) || TENS.containsKey(w);
    }

    /** Replaces readings in place; a reading without a unit counts only right after a temperature word. */
    private static void readNumbers(List<String> t) {
        for (int i = 0; i < t.size(); i++) {
            String tok = t.get(i);
            if (NUMBER_WORDS.contains(tok)) {
                readDuration(t, i, NUMBER_WORDS.indexOf(tok));
                continue;
            }
            if (tok.isEmpty() || !Character.isDigit(tok.charAt(0))) {
                continue;
            }
            if (isInteger(tok) && readDuration(t, i, Integer.parseInt(tok))) {
                continue;
            }
            // clinical shorthand for how long: "10/52" is ten weeks, "3/7" three days
            Matcher clinical = CLINICAL_DURATION.matcher(tok);
            if (clinical.matches()) {
                int amount = Integer.parseInt(clinical.group(1));
                boolean weeks = clinical.group(2).equals("52");
                if (amount > 0 && (weeks || amount < 7)) {
                    t.set(i, clinical.group(1));
                    t.add(i + 1, weeks ? "weeks" : "days");
                    readDuration(t, i, amount);
                    continue;
                }
            }
            // "162 on top and 111 on the bottom"
            int bottom = isInteger(tok) ? onTop(t, i) : -1;
            if (tok.indexOf('/') > 0) {
                readPressure(t, i, tok);
            } else if (i > 0 && SYSTOLIC.contains(t.get(i - 1)) && i + 2 < t.size() && DIASTOLIC.contains(t.get(i + 1))
                    && isInteger(t.get(i + 2))) {
                // "sys 175 dia 113"
                readPressure(t, i, tok + "/" + t.get(i + 2));
            } else if (i + 2 < t.size() && (t.get(i + 1).equals("over") || t.get(i + 1).equals("on"))
                    && isInteger(t.get(i + 2))) {
                readPressure(t, i, tok + "/" + t.get(i + 2));
            } else if (bottom > 0) {
                readPressure(t, i, tok + "/" + t.get(bottom));
            } else {
                readTemperature(t, i, tok);
            }
        }
        t.removeIf(String::isEmpty);
    }

    /**
     * Two heights in centimetres a few apart, in a message about being measured or about height, tell of height
     * lost: "i was 165 before lo and the nurse measured me 162 today", "measured at 162, ive always been 166". Not
     * when the message weighs or measures anything else in those numbers (kg, lbs, blood pressure, a pulse).
     */
    private static void readHeights(List<String> t) {
        boolean aboutHeight = false;
        for (String w : t) {
            if (NOT_HEIGHT.contains(w)) {
                return;
            }
            aboutHeight |= HEIGHT_WORDS.contains(w);
        }
        if (!aboutHeight) {
            return;
        }
        int first = -1;
        for (int i = 0; i < t.size(); i++) {
            String tok = t.get(i);
            int inchesAt = feetAndInches(t, i);
            int cm;
            if (inchesAt > 0) {
                // "5'6", "5ft 6", "5 foot 6 inches": the apostrophes are gone, so "5 6"
                cm = (int) Math.round((Integer.parseInt(tok) * 12 + Integer.parseInt(t.get(inchesAt))) * 2.54);
                i = inchesAt;
            } else if (tok.length() == 3 && isInteger(tok)) {
                cm = Integer.parseInt(tok);
            } else {
                continue;
            }
            if (cm < MIN_HEIGHT_CM || cm > MAX_HEIGHT_CM) {
                continue;
            }
            if (first < 0) {
                first = cm;
            } else if (cm != first && Math.abs(cm - first) <= MAX_HEIGHT_CHANGE_CM) {
                t.add(i + 1, HEIGHT_LOST);
                return;
            }
        }
    }

    /** Where the inches of a height in feet and inches starting at {@code i} are ("5 6", "5 ft 6"), or -1. */
    private static int feetAndInches(List<String> t, int i) {
        String feet = t.get(i);
        if (!feet.equals("4") && !feet.equals("5") && !feet.equals("6")) {
            return -1;
        }
        int k = i + 1;
        if (k < t.size() && FEET.contains(t.get(k))) {
            k++;
        }
        if (k >= t.size() || !isInteger(t.get(k)) || t.get(k).length() > 2 || Integer.parseInt(t.get(k)) > 11) {
            return -1;
        }
        return k;
    }

    private static boolean readDuration(List<String> t, int i, int amount) {
        String unit = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean weeks = WEEKS.contains(unit);
        boolean months = MONTHS.contains(unit);
        if (!weeks && !months) {
            return false;
        }
        if ((weeks && amount >= 8) || (months && amount >= 2)) {
            t.set(i, WEEKS_8_PLUS);
            t.set(i + 1, "");
        }
        return true;
    }

    /** Where the bottom number of "N on top and M on the bottom" is, or -1. */
    private static int onTop(List<String> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).equals("on") || !t.get(i + 2).equals("top")) {
            return -1;
        }
        for (int k = i + 3; k < Math.min(t.size() - 2, i + 8); k++) {
            if (isInteger(t.get(k)) && t.get(k + 1).equals("on")
                    && (t.get(k + 2).equals("bottom") || (k + 3 < t.size() && t.get(k + 3).equals("bottom")))) {
                return k;
            }
        }
        return -1;
    }

        private static void readPressure(List<String> t, int i, String tok) {
        String[] parts = tok.split("/");
        if (parts.length != 2 || !isInteger(parts[0]) || !isInteger(parts[1])) {
            return;
        }
        int sys = Integer.parseInt(parts[0]);
        int dia = Integer.parseInt(parts[1]);
        if (dia == 10 && sys >= 8 && sys <= 10) {
            t.set(i, SCORE_HIGH);
        } else if (sys < 70 || sys > 260 || dia < 30 || dia > 180 || dia >= sys) {
            return; // a date, a score or a fraction, not a blood pressure
        } else {
            t.set(i, sys >= 160 || dia >= 110 ? BP_HIGH : BP_OK);
        }
        if (!tok.equals(t.get(i)) && i + 2 < t.size()
                && (t.get(i + 1).equals("over") || t.get(i + 1).equals("on") || DIASTOLIC.contains(t.get(i + 1)))) {
            t.set(i + 1, "");
            t.set(i + 2, "");
        }
    }

    private static void readTemperature(List<String> t, int i, String tok) {
        double v;
        try {
            v = Double.parseDouble(tok);
        } catch (NumberFormatException e) {
            return; // "1.2.3" and the like: not a reading
        }
        int unitAt = i + 1;
        if (unitAt < t.size() && DEGREES.contains(t.get(unitAt))) {
            unitAt++;
        }
        String unit = unitAt < t.size() ? t.get(unitAt) : "";
        boolean c = CELSIUS.contains(unit);
        boolean f = FAHRENHEIT.contains(unit);
        int tempWordAt = tempWordBefore(t, i);
        boolean degrees = unitAt > i + 1;
        Boolean high = null;
        // a bare reading with one decimal in a body's range is a temperature too ("38.6 this morning, achy back,
        // shivery"), unless another unit follows
        boolean bare = !c && !f && !degrees && tempWordAt < 0 && ONE_DECIMAL.matcher(tok).matches()
                && !OTHER_UNITS.contains(unit);
        if ((c || ((degrees || tempWordAt >= 0) && !f)) && v >= 34 && v <= 43) {
            high = v >= 38.0;
        } else if ((f || degrees || tempWordAt >= 0) && v >= 93 && v <= 110) {
            high = v >= 100.4;
        } else if (bare && v >= 35 && v <= 42.9) {
            high = v >= 38.0;
        } else if (bare && v >= 95 && v <= 108.9) {
            high = v >= 100.4;
        }
        if (high == null) {
            return;
        }
        t.set(i, high ? TEMP_HIGH : TEMP_NORMAL);
        if (c || f) {
            t.set(unitAt, "");
        }
        if (!high && tempWordAt >= 0) {
            t.set(tempWordAt, TEMP_WORD_CLEARED); // "temp of 37.2" is a normal temperature, not a fever
        }
    }

    private static int tempWordBefore(List<String> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = t.get(k);
            if (w.equals(SENTENCE)) {
                return -1;
            }
            if (TEMP_WORDS.contains(w)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isInteger(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
