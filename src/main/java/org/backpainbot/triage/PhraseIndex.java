package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase of the rule book, indexed by its first word so that a message is scanned in one pass: each token
 * only tries the few phrases that can start with it. Also owns the typo corrector, whose vocabulary is exactly
 * the words these phrases use. Immutable once built.
 */
final class PhraseIndex {

    enum Kind { TERM, TRIGGER, PSEUDO, RELAPSE, IDIOM, STOP, LIST, CARRY, VOID, BOUNDARY, SUBJECT, UNLESS }

    /** A phrase and what it stands for; {@code ref} indexes the term, trigger, stop category or sign. */
    record Entry(Kind kind, int ref, Phrase phrase) {
    }

    /**
     * A phrase found from {@code start} to {@code end}; {@code gaps} marks the tokens its gaps took (bit 0 is
     * {@code start}), kept for terms only: a trigger there is not one of the mention's own words ("legs arent numb").
     */
    record Match(Entry entry, int start, int end, long gaps) {

        /** Whether every token from {@code from} to {@code to} lies inside this match and was taken by its gaps. */
        boolean inGap(int from, int to) {
            for (int i = from; i < to; i++) {
                if (i < start || i >= end || i - start >= 64 || (gaps & (1L << (i - start))) == 0) {
                    return false;
                }
            }
            return from < to;
        }
    }

    /** The normalised, spell-corrected tokens of a message and every phrase found in them. */
    record Scan(List<String> tokens, List<Match> matches) {
    }

    private final Speller speller;
    private final Map<String, List<Entry>> byWord = new HashMap<>();
    /** Entries whose first element is a word beginning, keyed by its first three letters. */
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();
    /** The glosses by the first word of their phrase (a gloss phrase has no word beginnings). */
    private final Map<String, List<RuleBook.Gloss>> glosses = new HashMap<>();

    /** {@code categories} numbers the trigger categories as the screen does; a stop entry refers to one by index. */
    PhraseIndex(RuleBook book, List<String> categories) {
        for (int i = 0; i < book.terms().size(); i++) {
            for (Phrase p : book.terms().get(i).phrases()) {
                add(new Entry(Kind.TERM, i, p));
            }
        }
        for (int i = 0; i < book.triggers().size(); i++) {
            add(new Entry(Kind.TRIGGER, i, book.triggers().get(i).phrase()));
        }
        book.pseudo().forEach(p -> add(new Entry(Kind.PSEUDO, 0, p)));
        book.relapses().forEach(p -> add(new Entry(Kind.RELAPSE, 0, p)));
        book.idioms().forEach(p -> add(new Entry(Kind.IDIOM, 0, p)));
        book.stops().forEach((cat, phrases) -> phrases.forEach(p -> add(new Entry(Kind.STOP, categories.indexOf(cat), p))));
        book.lists().forEach((cat, phrases) -> phrases.forEach(p -> add(new Entry(Kind.LIST, categories.indexOf(cat), p))));
        book.carries().forEach((cat, phrases) -> phrases.forEach(p -> add(new Entry(Kind.CARRY, categories.indexOf(cat), p))));
        book.voids().forEach((cat, phrases) -> phrases.forEach(p -> add(new Entry(Kind.VOID, categories.indexOf(cat), p))));
        book.boundaries().forEach(p -> add(new Entry(Kind.BOUNDARY, 0, p)));
        book.subjects().forEach(p -> add(new Entry(Kind.SUBJECT, 0, p)));
        for (int i = 0; i < book.signs().size(); i++) {
            for (Phrase p : book.signs().get(i).unless()) {
                add(new Entry(Kind.UNLESS, i, p));
            }
        }
        Set<String> vocabulary = new HashSet<>(book.known());
        for (RuleBook.Gloss g : book.glosses()) {
            g.phrase().first().words().forEach(w -> glosses.computeIfAbsent(w, k -> new ArrayList<>()).add(g));
            g.phrase().elements().forEach(el -> vocabulary.addAll(el.words()));
        }
        List<String> prefixes = new ArrayList<>();
        for (List<Entry> entries : List.of(all(byWord), all(byPrefix))) {
            for (Entry e : entries) {
                for (Phrase.Element el : e.phrase().elements()) {
                    vocabulary.addAll(el.words());
                    prefixes.addAll(el.prefixes());
                }
            }
        }
        this.speller = new Speller(vocabulary, prefixes.stream().distinct().toList());
    }

    private static List<Entry> all(Map<String, List<Entry>> index) {
        return index.values().stream().flatMap(List::stream).toList();
    }

    private void add(Entry e) {
        Phrase.Element first = e.phrase().first();
        first.words().forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e));
        first.prefixes().forEach(p -> byPrefix.computeIfAbsent(p.substring(0, 3), k -> new ArrayList<>()).add(e));
    }

    Scan scan(String text) {
        List<String> tokens = TextNormalizer.tokens(text);
        tokens.replaceAll(speller::correct);
        tokens = glossed(tokens);
        return new Scan(tokens, scan(tokens));
    }

    /** The tokens with every gloss phrase replaced by its English words, the longest phrase first. */
    private List<String> glossed(List<String> tokens) {
        if (glosses.isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); ) {
            RuleBook.Gloss best = null;
            int bestEnd = i;
            for (RuleBook.Gloss g : glosses.getOrDefault(tokens.get(i), List.of())) {
                int end = g.phrase().matchAt(tokens, i);
                if (end > bestEnd) {
                    best = g;
                    bestEnd = end;
                }
            }
            if (best == null) {
                out.add(tokens.get(i));
                i++;
            } else {
                out.addAll(best.english());
                i = bestEnd;
            }
        }
        return out;
    }

    private List<Match> scan(List<String> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            tryAll(byWord.get(t), tokens, i, matches);
            if (t.length() >= 3) {
                tryAll(byPrefix.get(t.substring(0, 3)), tokens, i, matches);
            }
        }
        return matches;
    }

    private static void tryAll(List<Entry> entries, List<String> tokens, int i, List<Match> into) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            int end = e.phrase().matchAt(tokens, i);
            if (end > i) {
                into.add(new Match(e, i, end, e.kind() == Kind.TERM ? e.phrase().gapsAt(tokens, i) : 0L));
            }
        }
    }
}
