package org.backpainbot.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backpainbot.triage.PhraseIndex.Kind;
import org.backpainbot.triage.PhraseIndex.Match;
import org.backpainbot.triage.RuleBook.Condition;
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

    /** Per trigger category: whether it says whose a mention is (rules.txt 'whose'). */
    private final boolean[] whose;
    /** Per trigger category: whether its trigger counts in a mention's gap. */
    private final boolean[] countsInGap;

    Screen(RuleBook book) {
        this.book = book;
        this.categories = book.triggers().stream().map(Trigger::category).distinct().toList();
        this.index = new PhraseIndex(book, categories);
        this.whose = new boolean[categories.size()];
        for (int c = 0; c < categories.size(); c++) {
            whose[c] = book.whose().contains(categories.get(c));
        }
        this.countsInGap = Scopes.countsInGap(book, categories);
    }

    /**
     * What the screen made of one message: the signs fired, in rule-file order, and which tokens it set aside as
     * negated, someone else's, past, hypothetical or figurative, or a temperature it read as normal (a mention it
     * counted is never set aside), and which signs' 'unless' phrases the message holds; {@code figurative} when it
     * holds a figure of speech ("sick of", "a pain in the neck").
     */
    record Reading(List<Sign> fired, List<String> tokens, boolean[] setAside, boolean[] unless, boolean[] answered,
            boolean figurative) {

        /** Whether the message holds one of the sign's 'unless' phrases (index in rule-file order). */
        boolean excluded(int sign) {
            return unless[sign];
        }

        /**
         * Whether the rules found all the words of the sign and set them aside: "no weakness in my legs at all, i can
         * walk fine" denies leg weakness in words the rules read, and the net would read only "i can walk fine".
         */
        boolean answered(int sign) {
            return answered[sign];
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
        Scopes scopes = Scopes.of(book, categories, countsInGap, tokens, matches, clause, clauseBreak, pseudo, idiom);
        long[] termSentences = new long[book.terms().size()];
        long[] termClauses = new long[book.terms().size()];
        // every mention not set aside as someone else's: a sign whose words are all there but denied, past or supposed
        // ("no weakness in my legs") was read and answered by the rules, so the net does not add it from the rest ("i
        // can walk fine"); whose a symptom is gets misread more often ("dh made curry and later the pain under my
        // right ribs"), so the net still reads past those scopes
        long[] seenSentences = new long[book.terms().size()];
        long[] seenClauses = new long[book.terms().size()];
        long[] unlessSentences = new long[book.signs().size()];
        boolean[] setAside = idiom.clone();
        for (int i = 0; i < n; i++) {
            // "temp 37.6": the rules have read the number as no fever, which the net cannot ("temperature" alone
            // reads as a fever to the model), so the reading and its word are set aside like a negated mention
            String t = tokens.get(i);
            setAside[i] |= t.equals(TextNormalizer.TEMP_NORMAL) || t.equals(TextNormalizer.TEMP_WORD_CLEARED);
        }
        for (Scopes.Scope sc : scopes.all()) {
            Arrays.fill(setAside, sc.from(), sc.to(), true);
        }
        int[] clauseSentence = new int[MAX_SENTENCE + 1];
        for (int i = 0; i < n; i++) {
            clauseSentence[Math.min(clause[i], MAX_SENTENCE)] = sentence[i];
        }
        boolean figurative = Scopes.covered(idiom, 0, n);
        for (Match m : matches) {
            boolean mention = m.entry().kind() == Kind.TERM && !Scopes.covered(idiom, m.start(), m.end());
            if (mention && !scopes.inScopeOf(m, whose)) {
                seenSentences[m.entry().ref()] |= 1L << sentence[m.start()];
                seenClauses[m.entry().ref()] |= 1L << Math.min(clause[m.start()], MAX_SENTENCE);
            }
            if (mention && scopes.outOfScope(m)) {
                termSentences[m.entry().ref()] |= 1L << sentence[m.start()];
                termClauses[m.entry().ref()] |= 1L << Math.min(clause[m.start()], MAX_SENTENCE);
                Arrays.fill(setAside, m.start(), m.end(), false);
            } else if (m.entry().kind() == Kind.UNLESS && scopes.outOfScope(m, false)) {
                // an explanation she denies or supposes explains nothing: "not like the usual feeding ache",
                // "i didnt sneeze or cough, it just came out"; a figure of speech inside it ("a laughing fit") is
                // still her explanation, so only the scopes are read here
                unlessSentences[m.entry().ref()] |= 1L << sentence[m.start()];
            }
        }
        List<Sign> fired = new ArrayList<>();
        boolean[] answered = new boolean[book.signs().size()];
        for (int i = 0; i < book.signs().size(); i++) {
            Sign sign = book.signs().get(i);
            for (Condition cond : sign.conditions()) {
                long[] found = cond.reach() == RuleBook.Reach.CLAUSE ? termClauses : termSentences;
                if (holds(cond, found, clauseSentence, unlessSentences[i])) {
                    fired.add(sign);
                    break;
                }
                long[] seen = cond.reach() == RuleBook.Reach.CLAUSE ? seenClauses : seenSentences;
                answered[i] |= holds(cond, seen, clauseSentence, 0L);
            }
        }
        boolean[] unless = new boolean[unlessSentences.length];
        for (int i = 0; i < unless.length; i++) {
            unless[i] = unlessSentences[i] != 0;
        }
        return new Reading(fired, tokens, setAside, unless, answered, figurative);
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
