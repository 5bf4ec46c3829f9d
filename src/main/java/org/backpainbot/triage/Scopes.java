package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backpainbot.triage.PhraseIndex.Kind;
import org.backpainbot.triage.PhraseIndex.Match;
import org.backpainbot.triage.RuleBook.Direction;
import org.backpainbot.triage.RuleBook.Trigger;

/**
 * The context scopes of one message, in the manner of NegEx/ConText: which trigger's scope (negated, someone else's,
 * past, hypothetical, figurative) covers which tokens, so that {@link Screen} can set aside the mentions inside one.
 * Built once per message and immutable.
 */
final class Scopes {

    record Scope(int category, int trigStart, int trigEnd, int from, int to) {
    }

    private final List<Scope> scopes;
    private final boolean[][] stopAt;
    /** Per category: whether its trigger counts in a mention's gap (see {@link #countsInGap}). */
    private final boolean[] countsInGap;

    private Scopes(List<Scope> scopes, boolean[][] stopAt, boolean[] countsInGap) {
        this.scopes = scopes;
        this.stopAt = stopAt;
        this.countsInGap = countsInGap;
    }

    /**
     * Per category: whether its trigger counts when it lies in a term mention's gap ({@code ~N}), where it is no word of
     * the mention (rules.txt 'gaps'): a negation there denies what the mention says ("my legs arent numb"), while a
     * person or a time there is usually part of it ("dropping him on purpose", "split in pregnancy and never came
     * back together").
     */
    static boolean[] countsInGap(RuleBook book, List<String> categories) {
        boolean[] counts = new boolean[categories.size()];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = book.gaps().contains(categories.get(c));
        }
        return counts;
    }

    /**
     * Finds the scopes of a message from its tokens, the phrases found in them, its clause of each token (with one
     * past the end), where a clause breaks, and which tokens a pseudo-trigger or an idiom covers.
     */
    static Scopes of(RuleBook book, List<String> categories, boolean[] countsInGap, List<String> tokens,
            List<Match> matches, int[] clause, boolean[] clauseBreak, boolean[] pseudo, boolean[] idiom) {
        int n = tokens.size();
        boolean[][] stopAt = new boolean[categories.size()][n];
        boolean[][] joinAt = new boolean[categories.size()][];
        boolean[][] carryAt = new boolean[categories.size()][];
        boolean[] voided = new boolean[categories.size()];
        for (Match m : matches) {
            if (m.entry().kind() == Kind.STOP && m.entry().ref() >= 0) {
                stopAt[m.entry().ref()][m.start()] = true;
            } else if (m.entry().kind() == Kind.CARRY && m.entry().ref() >= 0) {
                int cat = m.entry().ref();
                if (carryAt[cat] == null) {
                    carryAt[cat] = new boolean[n];
                }
                carryAt[cat][m.start()] = true;
            } else if (m.entry().kind() == Kind.VOID && m.entry().ref() >= 0) {
                voided[m.entry().ref()] = true;
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
        List<Scope> scopes = scopes(book, categories, matches, tokens, clause, clauseBreak, stopAt, carryAt, voided,
                pseudo, idiom, countsInGap);
        return new Scopes(List.copyOf(scopes), stopAt, countsInGap);
    }

    /** The scopes in trigger order. */
    List<Scope> all() {
        return scopes;
    }

    private static List<Scope> scopes(RuleBook book, List<String> categories, List<Match> matches,
            List<String> tokens, int[] clause, boolean[] clauseBreak, boolean[][] stopAt, boolean[][] carryAt,
            boolean[] voided, boolean[] pseudo, boolean[] idiom, boolean[] countsInGap) {
        int n = tokens.size();
        // termReach[i]: the furthest end of any term mention starting at or before i, so that "is this trigger
        // inside a term mention?" costs O(1) and a hostile message of 6,000 "no"s stays linear
        int[] termReach = new int[n + 1];
        boolean[] termStart = new boolean[n];
        // inGapOnly[i]: a term mention's gap took token i and no mention has it as one of its words, so a trigger there
        // is not part of what a mention means ("legs arent numb")
        boolean[] inGapOnly = new boolean[n];
        boolean[] termWord = new boolean[n];
        for (Match m : matches) {
            // a term inside a figure of speech is no mention ("they did a blood patch" mentions no blood)
            if (m.entry().kind() == Kind.TERM && !covered(idiom, m.start(), m.end())) {
                termReach[m.start()] = Math.max(termReach[m.start()], m.end());
                termStart[m.start()] = true;
                for (int i = m.start(); i < m.end(); i++) {
                    boolean gap = m.inGap(i, i + 1);
                    inGapOnly[i] |= gap;
                    termWord[i] |= !gap;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            inGapOnly[i] &= !termWord[i];
        }
        for (int i = 1; i <= n; i++) {
            termReach[i] = Math.max(termReach[i], termReach[i - 1]);
        }
        // triggerReach[i]: as termReach, for the triggers not set aside as pseudo
        int[] triggerReach = new int[n + 1];
        for (Match m : matches) {
            if (m.entry().kind() == Kind.TRIGGER && !covered(pseudo, m.start(), m.end())) {
                triggerReach[m.start()] = Math.max(triggerReach[m.start()], m.end());
            }
        }
        for (int i = 1; i <= n; i++) {
            triggerReach[i] = Math.max(triggerReach[i], triggerReach[i - 1]);
        }
        // relapseAfter[i]: a relapse starts at i or later in i's sentence; not one inside a pseudo ("hasnt come back")
        // nor one that is part of a trigger ("the feeling came back", "results came back normal")
        boolean[] relapseAt = new boolean[n];
        for (Match m : matches) {
            if (m.entry().kind() == Kind.RELAPSE && !covered(pseudo, m.start(), m.end())
                    && triggerReach[m.start()] < m.end()) {
                relapseAt[m.start()] = true;
            }
        }
        boolean[] relapseAfter = new boolean[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            relapseAfter[i] = relapseAt[i] || (!tokens.get(i).equals(TextNormalizer.SENTENCE) && relapseAfter[i + 1]);
        }
        List<Scope> scopes = new ArrayList<>();
        for (Match m : matches) {
            if (m.entry().kind() != Kind.TRIGGER || covered(pseudo, m.start(), m.end())) {
                continue;
            }
            Trigger t = book.triggers().get(m.entry().ref());
            int category = categories.indexOf(t.category());
            if (termReach[m.start()] >= m.end() && !(countsInGap[category] && all(inGapOnly, m.start(), m.end()))) {
                continue;
            }
            // "my daughter collapsed and was twitching ... she gave birth last week": the woman spoken of is the mother
            if (voided[category]) {
                continue;
            }
            boolean[] stops = stopAt[category];
            boolean[] carries = carryAt[category];
            if (t.direction() == Direction.EARLIER) {
                Scope earlier = relapseAfter[m.start() + 1] ? null
                        : earlier(category, m, t, tokens, clauseBreak, termStart, stops);
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
            // "the chest pain went away but its back tonight": a resolution undone later in its sentence resolves
            // nothing
            if (t.direction() != Direction.BEFORE && !relapseAfter[m.start() + 1]) {
                // "..., but it went away": a backward trigger that opens a clause looks back at the one before
                int home = clauseBreak[m.start()] && m.start() > 0 ? clause[m.start() - 1] : clause[m.start()];
                while (from > 0 && from > m.start() - t.window() && clause[from - 1] == home) {
                    from--;
                }
            }
            scopes.add(new Scope(category, m.start(), m.end(), from, to));
        }
        return scopes;
    }

    /** Words that join a new part on after a resolution: "totally normal now and back to walking the dog". */
    private static final Set<String> JOINS = Set.of("and", "but", "so", "then", "or");

    /**
     * A sentence that resolves or denies what the one before it said ("Couldn't pee after the birth. Since then it's
     * been normal", "...asked if I'd had any numbness. No, nothing at all") sets aside that sentence, within the
     * trigger's window; a later clause that does ("had a migraine last week, gone since tuesday") sets aside its
     * sentence so far, and the one before too when nothing was mentioned in between ("my site was red. the nurse
     * said it was the tape, and its cleared up now"). Only when the trigger opens its sentence or clause (up to 4 words
     * before it, none of them a mention), when no mention follows within two words before an "and" (so "i dont have
     * any feeling" is a plain negation), and when no stop of its category follows in its sentence (within the window):
     * "it went away. then it came back" is not resolved.
     */
    private static Scope earlier(int category, Match m, Trigger t, List<String> tokens,
            boolean[] clauseBreak, boolean[] termStart, boolean[] stops) {
        // the unit opens at a clause start or after a joining word: "...a catheter once and since then it works"
        int unitStart = m.start();
        while (unitStart > 0 && !Phrase.isBoundary(tokens.get(unitStart - 1)) && !clauseBreak[unitStart]
                && !JOINS.contains(tokens.get(unitStart - 1))) {
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
        int i = m.end();
        for (; i < tokens.size() && i < m.end() + t.window() && !tokens.get(i).equals(TextNormalizer.SENTENCE); i++) {
            if (stops[i]) {
                return null;
            }
        }
        // ... or opens the next sentence: "i didnt. but i thought it"
        if (i + 1 < tokens.size() && tokens.get(i).equals(TextNormalizer.SENTENCE) && stops[i + 1]) {
            return null;
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
        return new Scope(category, m.start(), m.end(), from, m.end());
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

    /** Whether every token from start to end is marked. */
    private static boolean all(boolean[] marks, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!marks[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether any token from start to end is marked. */
    static boolean covered(boolean[] pseudo, int start, int end) {
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
    boolean outOfScope(Match m) {
        return outOfScope(m, true);
    }

    /**
     * As {@link #outOfScope(Match)}; {@code wholeInside} false exempts only a trigger that opens or closes the match: an
     * explanation written with a gap ("when ~3 feeding") that holds a negation in the gap ("when im not feeding") is
     * denied, while one that is itself a trigger ("getting better") still explains. A term's own "no" ("no feeling")
     * is part of what it means, so terms exempt every trigger inside them.
     */
    boolean outOfScope(Match m, boolean wholeInside) {
        return !inScope(m, wholeInside, null);
    }

    /** Whether a scope of one of these categories covers the match (a trigger inside it excepted, as for terms). */
    boolean inScopeOf(Match m, boolean[] categories) {
        return inScope(m, true, categories);
    }

    /** Whether a scope covers the match; of any category when {@code categories} is null. */
    private boolean inScope(Match m, boolean wholeInside, boolean[] categories) {
        for (int k = firstNear(scopes, m.start() - NEAR); k < scopes.size() && scopes.get(k).trigStart() <= m.end() + NEAR; k++) {
            Scope sc = scopes.get(k);
            // a trigger that the mention's gap took is none of its words: it reaches the mention ("legs arent numb")
            boolean gapTook = countsInGap[sc.category()] && m.inGap(sc.trigStart(), sc.trigEnd());
            boolean triggerInside = sc.trigStart() >= m.start() && sc.trigEnd() <= m.end() && !gapTook
                    && (wholeInside || sc.trigStart() == m.start() || sc.trigEnd() == m.end());
            if ((categories == null || categories[sc.category()]) && !triggerInside && sc.from() < m.end()
                    && m.start() < sc.to() && !containsStop(stopAt[sc.category()], m)) {
                return true;
            }
        }
        return false;
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
}
