package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backpainbot.triage.PhraseIndex.Kind;
import org.backpainbot.triage.PhraseIndex.Match;
import org.backpainbot.triage.RuleBook.Condition;
import org.backpainbot.triage.RuleBook.Direction;
import org.backpainbot.triage.RuleBook.Sign;
import org.backpainbot.triage.RuleBook.Trigger;

/**
 * Finds which signs a message reports for the mother herself, in the manner of NegEx/ConText: terms are found,
 * then set aside when they fall in the scope of a trigger (negated, someone else's, past, hypothetical,
 * figurative). A scope runs from its trigger up to a window of words and never past a clause boundary.
 * Immutable once built, so one instance serves every thread.
 */
final class Screen {

    private record Scope(int category, int trigStart, int trigEnd, int from, int to) {
    }

    /** Sentences past this many share the last bit; a few extra co-occurrences are a safe-side error. */
    private static final int MAX_SENTENCE = 63;

    private final RuleBook book;
    private final List<String> categories;
    private final PhraseIndex index;

    Screen(RuleBook book) {
        this.book = book;
        this.categories = book.triggers().stream().map(Trigger::category).distinct().toList();
        this.index = new PhraseIndex(book, categories);
    }

    /**
     * What the screen made of one message: the signs fired, in rule-file order, and which tokens it set aside as
     * negated, someone else's, past, hypothetical or figurative, or a temperature it read as normal (a mention it
     * counted is never set aside), and which signs' 'unless' phrases the message holds; {@code figurative} when it
     * holds a figure of speech ("sick of", "a pain in the neck").
     */
    record Reading(List<Sign> fired, List<String> tokens, boolean[] setAside, boolean[] unless, boolean figurative) {

        /** Whether the message holds one of the sign's 'unless' phrases (index in rule-file order). */
        boolean excluded(int sign) {
            return unless[sign];
        }

        boolean anySetAside() {
            for (boolean b : setAside) {
                if (b) {
                    return true;
                }
            }
            return false;
        }
    }

    List<Sign> signs() {
        return book.signs();
    }

    /** The signs this message reports for the mother, in rule-file order. */
    List<Sign> fired(String text) {
        return read(text).fired();
    }

    Reading read(String text) {
        PhraseIndex.Scan scan = index.scan(text);
        List<String> tokens = scan.tokens();
        List<Match> matches = scan.matches();
        int n = tokens.size();
        int[] sentence = new int[n];
        int[] clause = new int[n + 1];
        boolean[] pseudo = new boolean[n];
        boolean[] idiom = new boolean[n];
        boolean[] clauseBreak = new boolean[n + 1];
        for (Match m : matches) {
            Kind k = m.entry().kind();
            if (k == Kind.BOUNDARY || (k == Kind.SUBJECT && m.start() > 0 && tokens.get(m.start() - 1).equals(","))) {
                clauseBreak[m.start()] = true;
            } else if (k == Kind.PSEUDO || k == Kind.IDIOM) {
                boolean[] marks = k == Kind.PSEUDO ? pseudo : idiom;
                for (int i = m.start(); i < m.end(); i++) {
                    marks[i] = true;
                }
            }
        }
        int s = 0;
        int c = 0;
        for (int i = 0; i < n; i++) {
            boolean stop = tokens.get(i).equals(TextNormalizer.SENTENCE);
            if (stop || clauseBreak[i]) {
                c++;
            }
            sentence[i] = Math.min(s, MAX_SENTENCE);
            clause[i] = c;
            if (stop) {
                s++;
                c++;
            }
        }
        clause[n] = c + 1;
        boolean[][] stopAt = new boolean[categories.size()][n];
        boolean[][] joinAt = new boolean[categories.size()][];
        boolean[][] carryAt = new boolean[categories.size()][];
        for (Match m : matches) {
            if (m.entry().kind() == Kind.STOP && m.entry().ref() >= 0) {
                stopAt[m.entry().ref()][m.start()] = true;
            } else if (m.entry().kind() == Kind.CARRY && m.entry().ref() >= 0) {
                int cat = m.entry().ref();
                if (carryAt[cat] == null) {
                    carryAt[cat] = new boolean[n];
                }
                carryAt[cat][m.start()] = true;
            } else if (m.entry().kind() == Kind.LIST && m.entry().ref() >= 0) {
                int cat = m.entry().ref();
                if (joinAt[cat] == null) {
                    joinAt[cat] = new boolean[n];
                }
                joinAt[cat][m.start()] = true;
            }
        }
        for (int cat = 0; cat < categories.size(); cat++) {
            if (book.lists().containsKey(categories.get(cat))) {
                commasEnd(tokens, clause, joinAt[cat], stopAt[cat]);
            }
        }
        List<Scope> scopes = scopes(matches, tokens, clause, clauseBreak, stopAt, carryAt, pseudo);
        long[] termSentences = new long[book.terms().size()];
        long[] termClauses = new long[book.terms().size()];
        long[] unlessSentences = new long[book.signs().size()];
        boolean[] setAside = idiom.clone();
        for (int i = 0; i < n; i++) {
            // "temp 37.6": the rules have read the number as no fever, which the net cannot ("temperature" alone
            // reads as a fever to the model), so the reading and its word are set aside like a negated mention
            String t = tokens.get(i);
            setAside[i] |= t.equals(TextNormalizer.TEMP_NORMAL) || t.equals(TextNormalizer.TEMP_WORD_CLEARED);
        }
        for (Scope sc : scopes) {
            Arrays.fill(setAside, sc.from(), sc.to(), true);
        }
        int[] clauseSentence = new int[MAX_SENTENCE + 1];
        for (int i = 0; i < n; i++) {
            clauseSentence[Math.min(clause[i], MAX_SENTENCE)] = sentence[i];
        }
        boolean figurative = covered(idiom, 0, n);
        for (Match m : matches) {
            if (m.entry().kind() == Kind.TERM && !covered(idiom, m.start(), m.end()) && outOfScope(m, scopes, stopAt)) {
                termSentences[m.entry().ref()] |= 1L << sentence[m.start()];
                termClauses[m.entry().ref()] |= 1L << Math.min(clause[m.start()], MAX_SENTENCE);
                Arrays.fill(setAside, m.start(), m.end(), false);
            } else if (m.entry().kind() == Kind.UNLESS && outOfScope(m, scopes, stopAt)) {
                // an explanation she denies or supposes explains nothing: "not like the usual feeding ache",
                // "i didnt sneeze or cough, it just came out"; a figure of speech inside it ("a laughing fit") is
                // still her explanation, so only the scopes are read here
                unlessSentences[m.entry().ref()] |= 1L << sentence[m.start()];
            }
        }
        List<Sign> fired = new ArrayList<>();
        for (int i = 0; i < book.signs().size(); i++) {
            Sign sign = book.signs().get(i);
            for (Condition cond : sign.conditions()) {
                long[] found = cond.reach() == RuleBook.Reach.CLAUSE ? termClauses : termSentences;
                if (holds(cond, found, clauseSentence, unlessSentences[i])) {
                    fired.add(sign);
                    break;
                }
            }
        }
        boolean[] unless = new boolean[unlessSentences.length];
        for (int i = 0; i < unless.length; i++) {
            unless[i] = unlessSentences[i] != 0;
        }
        return new Reading(fired, tokens, setAside, unless, figurative);
    }

    private List<Scope> scopes(List<Match> matches, List<String> tokens, int[] clause, boolean[] clauseBreak,
            boolean[][] stopAt, boolean[][] carryAt, boolean[] pseudo) {
        int n = tokens.size();
        // termReach[i]: the furthest end of any term mention starting at or before i, so that "is this trigger
        // inside a term mention?" costs O(1) and a hostile message of 6,000 "no"s stays linear
        int[] termReach = new int[n + 1];
        boolean[] termStart = new boolean[n];
        for (Match m : matches) {
            if (m.entry().kind() == Kind.TERM) {
                termReach[m.start()] = Math.max(termReach[m.start()], m.end());
                termStart[m.start()] = true;
            }
        }
        for (int i = 1; i <= n; i++) {
            termReach[i] = Math.max(termReach[i], termReach[i - 1]);
        }
        List<Scope> scopes = new ArrayList<>();
        for (Match m : matches) {
            if (m.entry().kind() != Kind.TRIGGER || covered(pseudo, m.start(), m.end())
                    || termReach[m.start()] >= m.end()) {
                continue;
            }
            Trigger t = book.triggers().get(m.entry().ref());
            boolean[] stops = stopAt[categories.indexOf(t.category())];
            boolean[] carries = carryAt[categories.indexOf(t.category())];
            if (t.direction() == Direction.EARLIER) {
                Scope earlier = earlier(m, t, tokens, clauseBreak, termStart, stops);
                if (earlier != null) {
                    scopes.add(earlier);
                }
                continue;
            }
            int from = m.start();
            int to = m.end();
            if (t.direction() != Direction.AFTER) {
                // "sister in law has gallstones, shes got pain under her ribs": a clause after a comma that opens with
                // a carry word ("she") goes on about the same person, with a window of its own
                int home = clause[m.end() - 1];
                int limit = m.end() + t.window();
                while (to < n && to < limit && !stops[to]) {
                    if (clause[to] != home) {
                        if (carries == null || !carries[to] || !clauseBreak[to]
                                || tokens.get(to - 1).equals(TextNormalizer.SENTENCE)) {
                            break;
                        }
                        home = clause[to];
                        limit = to + t.window();
                    }
                    to++;
                }
            }
            if (t.direction() != Direction.BEFORE) {
                // "..., but it went away": a backward trigger that opens a clause looks back at the one before
                int home = clauseBreak[m.start()] && m.start() > 0 ? clause[m.start() - 1] : clause[m.start()];
                while (from > 0 && from > m.start() - t.window() && clause[from - 1] == home) {
                    from--;
                }
            }
            scopes.add(new Scope(categories.indexOf(t.category()), m.start(), m.end(), from, to));
        }
        return scopes;
    }

    /**
     * A sentence that resolves or denies what the one before it said ("Couldn't pee after the birth. Since then it's
     * been normal", "...asked if I'd had any numbness. No, nothing at all") sets aside that sentence, within the
     * trigger's window; a later clause that does ("had a migraine last week, gone since tuesday") sets aside its
     * sentence so far, and the one before too when nothing was mentioned in between ("my site was red. the nurse
     * said it was the tape, and its cleared up now"). Only when the trigger opens its sentence or clause (up to 4 words before it, none of them a
     * mention), when no mention follows within two words before an "and" (so "i dont have any feeling" is a plain negation), and when
     * no stop of its category follows in its sentence (within the window): "it went away. then it came back" is not resolved.
     */
    /** Words that join a new part on after a resolution: "totally normal now and back to walking the dog". */
    private static final java.util.Set<String> JOINS = java.util.Set.of("and", "but", "so", "then", "or");

    private Scope earlier(Match m, Trigger t, List<String> tokens, boolean[] clauseBreak, boolean[] termStart,
            boolean[] stops) {
        int unitStart = m.start();
        while (unitStart > 0 && !Phrase.isBoundary(tokens.get(unitStart - 1)) && !clauseBreak[unitStart]) {
            unitStart--;
        }
        if (unitStart == 0 || m.start() - unitStart > 4) {
            return null;
        }
        for (int i = unitStart; i < m.start(); i++) {
            if (termStart[i]) {
                return null;
            }
        }
        for (int i = m.end(); i < tokens.size() && i < m.end() + 2 && !Phrase.isBoundary(tokens.get(i))
                && !JOINS.contains(tokens.get(i)); i++) {
            if (termStart[i]) {
                return null;
            }
        }
        // the rest of its sentence, up to the window (so a hostile run-on message stays linear)
        for (int i = m.end(); i < tokens.size() && i < m.end() + t.window()
                && !tokens.get(i).equals(TextNormalizer.SENTENCE); i++) {
            if (stops[i]) {
                return null;
            }
        }
        // back to the nearest sentence that mentions something: "...a sign of something serious? the pamphlet
        // mentions it. i dont have it" reaches past the sentence in between
        int from = unitStart - 1;
        boolean mentioned = false;
        while (from > 0 && from > m.start() - t.window()
                && !(mentioned && tokens.get(from - 1).equals(TextNormalizer.SENTENCE))) {
            from--;
            mentioned |= termStart[from];
        }
        return new Scope(categories.indexOf(t.category()), m.start(), m.end(), from, m.end());
    }

    /**
     * "no fever, legs numb and weak": a comma ends the scope unless the clause goes on to a list word ("no fever,
     * chills or aches"), since chat drops the subject of a new clause after a comma far more often than it lists
     * what one "no" denies; a sign wrongly left in scope is a missed emergency, one wrongly let out a false alarm.
     */
    private static void commasEnd(List<String> tokens, int[] clause, boolean[] joinAt, boolean[] stops) {
        boolean joinLater = false;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (i + 1 < tokens.size() && clause[i] != clause[i + 1]) {
                joinLater = false;
            }
            joinLater |= joinAt != null && joinAt[i];
            if (!joinLater && tokens.get(i).equals(TextNormalizer.COMMA)) {
                stops[i] = true;
            }
        }
    }

    private static boolean covered(boolean[] pseudo, int start, int end) {
        for (int i = start; i < end; i++) {
            if (pseudo[i]) {
                return true;
            }
        }
        return false;
    }

    /** Scopes are in trigger order; a scope reaches at most a window (max 30) plus its trigger's length away. */
    private static final int NEAR = 64;

    private static int firstNear(List<Scope> scopes, int trigStart) {
        int lo = 0;
        int hi = scopes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scopes.get(mid).trigStart() < trigStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** No trigger outside the mention reaches it (a mention that names her ends someone else's scope). */
    private static boolean outOfScope(Match m, List<Scope> scopes, boolean[][] stopAt) {
        for (int k = firstNear(scopes, m.start() - NEAR); k < scopes.size() && scopes.get(k).trigStart() <= m.end() + NEAR; k++) {
            Scope sc = scopes.get(k);
            boolean triggerInside = sc.trigStart() >= m.start() && sc.trigEnd() <= m.end();
            if (!triggerInside && sc.from() < m.end() && m.start() < sc.to()
                    && !containsStop(stopAt[sc.category()], m)) {
                return false;
            }
        }
        return true;
    }

    /** "the baby would be better off without me": a mention that names her ends the other person's scope. */
    private static boolean containsStop(boolean[] stops, Match m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (stops[i]) {
                return true;
            }
        }
        return false;
    }

    /** {@code found} holds a bit per sentence, or per clause for CLAUSE reach; unless is always per sentence. */
    private static boolean holds(Condition cond, long[] found, int[] clauseSentence, long unless) {
        long together = ~0L;
        for (int term : cond.terms()) {
            if (found[term] == 0) {
                return false;
            }
            together &= found[term];
        }
        return switch (cond.reach()) {
            case MESSAGE -> unless == 0;
            case SENTENCE -> (together & ~unless) != 0;
            case CLAUSE -> {
                for (long bits = together; bits != 0; bits &= bits - 1) {
                    if ((unless & (1L << clauseSentence[Long.numberOfTrailingZeros(bits)])) == 0) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }
}
