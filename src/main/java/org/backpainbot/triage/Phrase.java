package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled phrase from the rules file, matched against normalised tokens. Written as words separated by
 * spaces; {@code a|b} is a choice, {@code numb*} a word beginning, {@code ~3} up to three words of anything
 * (never across a comma or sentence end), and a last word {@code _end_} requires the clause to end there (a comma,
 * a sentence end or the end of the message). Example: {@code cant|cannot ~2 feel|move ~2 legs}, {@code i havent _end_}.
 */
final class Phrase {

    private static final Pattern WORD = Pattern.compile("[a-z0-9_]+\\*?");
    private static final Pattern GAP = Pattern.compile("~[1-9]");
    private static final int MIN_PREFIX = 3;
    /** Written as the last word: the clause ends right after the words before it; matches no token itself. */
    static final String END = "_end_";

    /** One position of the phrase: a set of whole words, a list of word beginnings, a gap, or the clause's end. */
    record Element(Set<String> words, List<String> prefixes, int gap, boolean end) {

        Element(Set<String> words, List<String> prefixes, int gap) {
            this(words, prefixes, gap, false);
        }

        boolean accepts(String token) {
            if (words.contains(token)) {
                return true;
            }
            for (String p : prefixes) {
                if (token.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final List<Element> elements;
    private final boolean hasGap;

    private Phrase(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
        this.hasGap = elements.stream().anyMatch(e -> e.gap() > 0);
    }

    /** Compiles {@code source}, or throws {@link IllegalArgumentException} saying what is wrong with it. */
    static Phrase parse(String source) {
        String[] parts = source.trim().split("\\s+");
        List<Element> elements = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            if (part.equals(END)) {
                if (elements.isEmpty() || elements.size() != parts.length - 1) {
                    throw new IllegalArgumentException("phrase '" + source.strip() + "': " + END
                            + " can only be the last word, after at least one other");
                }
                elements.add(new Element(Set.of(), List.of(), 0, true));
                continue;
            }
            if (GAP.matcher(part).matches()) {
                if (elements.isEmpty()) {
                    throw new IllegalArgumentException("phrase '" + source + "' cannot start with a gap");
                }
                elements.add(new Element(Set.of(), List.of(), part.charAt(1) - '0'));
                continue;
            }
            Set<String> words = new java.util.HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : part.split("\\|", -1)) {
                if (alt.equals(END)) {
                    // as one word of a choice it would be read as a literal token, which never occurs: a phrase
                    // that silently never matches
                    throw new IllegalArgumentException("phrase '" + source.strip() + "': " + END
                            + " stands alone as the last word, never as one choice of several");
                }
                if (!WORD.matcher(alt).matches()) {
                    throw new IllegalArgumentException("bad word '" + alt + "' in phrase '" + source
                            + "': use lowercase letters, digits and _, with an optional * at the end");
                }
                if (alt.endsWith("*")) {
                    String p = alt.substring(0, alt.length() - 1);
                    if (p.length() < MIN_PREFIX) {
                        throw new IllegalArgumentException("prefix '" + alt + "' in phrase '" + source
                                + "' is too short: at least " + MIN_PREFIX + " letters before *");
                    }
                    prefixes.add(p);
                } else {
                    words.add(alt);
                }
            }
            elements.add(new Element(Set.copyOf(words), List.copyOf(prefixes), 0));
        }
        if (elements.get(elements.size() - 1).gap() > 0
                || (elements.get(elements.size() - 1).end() && elements.get(elements.size() - 2).gap() > 0)) {
            throw new IllegalArgumentException("phrase '" + source + "' cannot end with a gap");
        }
        return new Phrase(source, List.copyOf(elements));
    }

    Element first() {
        return elements.get(0);
    }

    List<Element> elements() {
        return elements;
    }

    /** Returns the index after the match that starts at {@code start}, or -1; the shortest match wins. */
    int matchAt(List<String> tokens, int start) {
        return match(tokens, start, 0, start, null);
    }

    /**
     * The tokens of the match at {@code start} that its gaps ({@code ~N}) took, as bits from {@code start} (bit 0 is
     * {@code start}); 0 for no match or none taken. A gap longer than 63 tokens from the start cannot occur: gaps are
     * at most 9 words and phrases a few words long.
     */
    long gapsAt(List<String> tokens, int start) {
        if (!hasGap) {
            return 0L;
        }
        long[] gaps = new long[1];
        return match(tokens, start, 0, start, gaps) < 0 ? 0L : gaps[0];
    }

    private int match(List<String> tokens, int pos, int el, int start, long[] gaps) {
        if (el == elements.size()) {
            return pos;
        }
        Element e = elements.get(el);
        if (e.end()) {
            return pos >= tokens.size() || isBoundary(tokens.get(pos)) ? pos : -1;
        }
        if (e.gap() > 0) {
            for (int skip = 0; skip <= e.gap(); skip++) {
                if (skip > 0 && (pos + skip - 1 >= tokens.size() || isBoundary(tokens.get(pos + skip - 1)))) {
                    return -1;
                }
                int end = match(tokens, pos + skip, el + 1, start, gaps);
                if (end >= 0) {
                    if (gaps != null) {
                        for (int i = pos; i < pos + skip && i - start < 64; i++) {
                            gaps[0] |= 1L << (i - start);
                        }
                    }
                    return end;
                }
            }
            return -1;
        }
        if (pos >= tokens.size() || !e.accepts(tokens.get(pos))) {
            return -1;
        }
        return match(tokens, pos + 1, el + 1, start, gaps);
    }

    static boolean isBoundary(String token) {
        return token.equals(TextNormalizer.SENTENCE) || token.equals(TextNormalizer.COMMA);
    }

    @Override
    public String toString() {
        return source;
    }
}
