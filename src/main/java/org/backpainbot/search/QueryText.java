package org.backpainbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Turns a raw message into what the index can match: bounded length, letters repeated for emphasis collapsed,
 * misspelt words corrected against the content's own vocabulary (Lucene's {@link DirectSpellChecker}), then
 * analyzed with the lay-vocabulary synonyms, keeping each token's place in the text for {@link Evidence}.
 */
final class QueryText {

    /** Longer messages are cut: retrieval needs the gist, and a bounded query keeps every search cheap. */
    private static final int MAX_CHARS = 600;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final int MAX_CORRECTIONS = 50_000;
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");

    private final IndexReader reader;
    private final Analyzer analyzer;
    private final DirectSpellChecker close = checker(1);
    private final DirectSpellChecker far = checker(2);
    /**
     * Correction per word, worked out once per index version: building Levenshtein automata for every unknown word
     * of every message was the largest cost of answering. Bounded: cleared when full.
     */
    private final Map<String, String> corrections = new ConcurrentHashMap<>();

    QueryText(IndexReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.analyzer = analyzer;
    }

    /** A message after correction, its analyzed terms, and its words with the terms each produced. */
    record Analyzed(String text, Set<String> terms, List<Word> words) {
    }

    /** One word of the message (lower-cased, as corrected) and the analyzed terms its span produced. */
    record Word(String word, Set<String> terms) {
    }

    Analyzed analyze(String raw) {
        String text = correct(normalize(raw));
        List<Token> tokens = tokens(text);
        Set<String> terms = new LinkedHashSet<>();
        tokens.forEach(t -> terms.add(t.term));
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Set<String> wordTerms = new LinkedHashSet<>();
            for (Token t : tokens) {
                if (t.start < m.end() && t.end > m.start()) {
                    wordTerms.add(t.term);
                }
            }
            words.add(new Word(m.group().toLowerCase(Locale.ROOT), wordTerms));
        }
        return new Analyzed(text, terms, words);
    }

    /** The analyzed form of one word (used to find the stemmed form of marker words). */
    String analyzeWord(String word) {
        List<Token> tokens = tokens(word);
        return tokens.isEmpty() ? word : tokens.get(0).term;
    }

    private static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        text = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", " ");
        return REPEATS.matcher(text).replaceAll("$1$1");
    }

    private String correct(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String fixed = word.length() < 5 ? "" : correction(word);
            m.appendReplacement(out, Matcher.quoteReplacement(fixed.isEmpty() ? m.group() : fixed));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The word's correction, or "" when it is known or nothing is close. */
    private String correction(String word) {
        String fixed = corrections.get(word);
        if (fixed == null) {
            String suggestion = known(word) ? null : suggest(word);
            fixed = suggestion == null ? "" : suggestion;
            if (corrections.size() >= MAX_CORRECTIONS) {
                corrections.clear();
            }
            corrections.put(word, fixed);
        }
        return fixed;
    }

    private boolean known(String word) {
        try {
            return reader.docFreq(new Term(Fields.SPELL, word)) > 0 || Analyzers.isStopWord(word);
        } catch (IOException e) {
            throw new SearchException("cannot read the vocabulary", e);
        }
    }

    private String suggest(String word) {
        try {
            DirectSpellChecker checker = word.length() >= 8 ? far : close;
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(Fields.SPELL, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? null : suggestions[0].string;
        } catch (IOException e) {
            throw new SearchException("cannot read the vocabulary", e);
        }
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException("analyzing text in memory cannot fail", e);
        }
        return tokens;
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(0.7f);
        checker.setMinQueryLength(5);
        return checker;
    }

    private record Token(String term, int start, int end) {
    }
}
