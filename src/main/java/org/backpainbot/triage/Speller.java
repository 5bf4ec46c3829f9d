package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a misspelt word onto the rules' own vocabulary ("numbess" to "numbness", "epidrual" to "epidural") so
 * that one slip of a thumb at 3 a.m. does not hide a red flag. Only words of {@value #MIN_LENGTH}+ letters are
 * corrected by any one edit that keeps the first letter: short words have too many real neighbours ("weak"/"week").
 * Shorter words get only the slips that rarely make another word: a dropped final g ("shakin", "seein"), a letter
 * typed twice ("leggs") and two neighbouring letters swapped after the first ("cnat", "pian", "chets"); longer words
 * get the swap too when no other edit mends them ("myslef").
 */
final class Speller {

    static final int MIN_LENGTH = 6;
    /** The shortest word the speller touches; shorter ones ("wee", "leg") are left as typed. */
    static final int MIN_WORD = 4;

    private final Set<String> vocabulary;
    private final List<String> prefixes;
    /**
     * Every vocabulary word with one letter deleted, pointing back to every word it comes from (symmetric-delete
     * lookup): "perinal" is both "perineal" and "perianal" less a letter, and "perinial" is only one of them.
     */
    private final Map<String, List<String>> deletions = new HashMap<>();

    Speller(Set<String> vocabulary, List<String> prefixes) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.prefixes = List.copyOf(prefixes);
        for (String w : vocabulary) {
            if (w.length() >= MIN_LENGTH + 1 && isWord(w)) {
                for (int i = 1; i < w.length(); i++) {
                    List<String> words = deletions.computeIfAbsent(w.substring(0, i) + w.substring(i + 1),
                            k -> new ArrayList<>(1));
                    if (!words.contains(w)) {
                        words.add(w);
                    }
                }
            }
        }
    }

    private static boolean isWord(String w) {
        return w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Returns the vocabulary word {@code token} most likely stands for, or {@code token} itself. */
    String correct(String token) {
        if (token.length() < MIN_WORD || token.length() > 30 || vocabulary.contains(token) || !isWord(token)) {
            return token;
        }
        if (token.endsWith("in") && vocabulary.contains(token + "g")) {
            return token + "g"; // "thinkin", "shakin", "poundin"
        }
        // a word a prefix pattern already matches ("numbish" for numb*) is only put right letter for letter:
        // "feelign" may become "feeling", but "cracks" stays as crack* reads it
        String prefix = knownPrefix(token);
        String fixed = corrected(token);
        return prefix == null || (fixed.startsWith(prefix) && fixed.length() == token.length()) ? fixed : token;
    }

    private String corrected(String token) {
        String singled = singleLetters(token);
        if (vocabulary.contains(singled)) {
            return singled; // "leggs"; "bladdder" is collapsed to "bladder" by the normaliser, "bllader" needs this
        }
        if (token.length() < MIN_LENGTH) {
            return swapped(token);
        }
        for (String hit : deletions.getOrDefault(token, List.of())) { // one letter left out
            if (hit.charAt(0) == token.charAt(0)) {
                return hit;
            }
        }
        for (int i = 1; i < token.length(); i++) {
            String d = token.substring(0, i) + token.substring(i + 1);
            if (vocabulary.contains(d)) {
                return d; // one letter too many
            }
            for (String w : deletions.getOrDefault(d, List.of())) {
                if (w.length() == token.length() && w.charAt(0) == token.charAt(0) && oneSwapOrSubstitution(token, w)) {
                    return w;
                }
            }
        }
        return swapped(token); // a six-letter word, which the deletions above do not hold: "myslef"
    }

    /** The vocabulary word made by swapping two neighbouring letters after the first, or the token. */
    private String swapped(String token) {
        char[] c = token.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] == c[i + 1]) {
                continue;
            }
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            String w = new String(c);
            if (vocabulary.contains(w)) {
                return w;
            }
            c[i + 1] = c[i];
            c[i] = t;
        }
        return token;
    }

    private String knownPrefix(String token) {
        for (String p : prefixes) {
            if (token.startsWith(p)) {
                return p;
            }
        }
        return null;
    }

    private static String singleLetters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean oneSwapOrSubstitution(String a, String b) {
        int diff = 0;
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                }
                diff++;
            }
        }
        if (diff == 1) {
            return true;
        }
        return diff == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }
}
