package org.backpainbot.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.backpainbot.content.Content;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;

/**
 * The one analyzer factory for indexing and querying. Both share the chain tokenize, possessives, lower case, fold
 * accents, fold plurals, then Porter stemming; the query side adds the lay-vocabulary synonym graph after plural
 * folding (so synonym entries need only one form) and keeps stop words (they match nothing in the index, where they
 * were removed, and removing them after a synonym graph would break the graph).
 */
final class Analyzers {

    /** Stop words, also in their plural-folded forms ("this" folds to "thi") since folding runs first. */
    private static final CharArraySet STOP_WORDS = stopWords();

    private Analyzers() {
    }

    static boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(base(source), STOP_WORDS);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }
        };
    }

    static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = base(source);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }
        };
    }

    /** Lower-cased, unstemmed words: the spelling dictionary and the words typo correction compares. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    private static TokenStream base(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new EnglishMinimalStemFilter(stream);
    }

    /** Synonym entries go through the same chain as messages up to the synonym filter. */
    private static Analyzer synonymEntries() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, base(source));
            }
        };
    }

    /**
     * Parses the lay vocabulary in the Solr synonyms format.
     *
     * @throws InvalidContentException naming the file and line of a malformed entry
     */
    static SynonymMap synonyms(String text) {
        try {
            return parseSynonyms(text);
        } catch (ParseException whole) {
            throw new InvalidContentException(synonymProblems(text, whole));
        }
    }

    /**
     * Lucene's parser stops at the first bad line and names it only inside its message; a Solr synonyms line is a
     * rule by itself, so each line is parsed alone to report every bad line at its number. Only on failure: the
     * good case parses once.
     */
    private static List<ContentProblem> synonymProblems(String text, ParseException whole) {
        List<ContentProblem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            try {
                parseSynonyms(line);
            } catch (ParseException e) {
                problems.add(new ContentProblem(Content.SYNONYMS_FILE, i + 1, "malformed synonym line: "
                        + rootMessage(e)));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new ContentProblem(Content.SYNONYMS_FILE, 0, "malformed synonyms: " + rootMessage(whole)));
        }
        return problems;
    }

    private static SynonymMap parseSynonyms(String text) throws ParseException {
        try (Analyzer analyzer = synonymEntries()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (IOException e) {
            throw new IllegalStateException("reading synonyms from memory cannot fail", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String extra : List.of("i", "me", "my", "im", "ive", "you", "your", "u", "ur", "it's", "its", "is",
                "am", "was", "were", "been", "be", "do", "does", "did", "doing", "have", "has", "had", "can", "could",
                "should", "would", "will", "what", "which", "who", "how", "when", "where", "so", "just", "really",
                "very", "about", "after", "before", "from", "up", "down", "out", "off", "over", "all", "any", "some",
                "our", "we", "us", "he", "she", "him", "her", "his", "they", "them", "their", "too", "also", "lol",
                "ok", "okay", "pls", "please", "hi", "hello", "thanks", "thank", "tho", "though", "now", "still",
                "get", "got", "getting", "like", "know", "think", "much", "many", "more", "most", "than", "because")) {
            words.add(extra);
        }
        CharArraySet folded = new CharArraySet(words.size() * 2, true);
        for (Object word : words) {
            String w = new String((char[]) word);
            folded.add(w);
            folded.add(fold(w));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    private static String fold(String word) {
        try (Analyzer analyzer = synonymEntries(); TokenStream stream = analyzer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String folded = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return folded;
        } catch (IOException e) {
            throw new IllegalStateException("analyzing a word in memory cannot fail", e);
        }
    }
}
