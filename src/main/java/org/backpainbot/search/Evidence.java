package org.backpainbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.backpainbot.content.Content;
import org.backpainbot.content.NotCoveredTopic;
import org.backpainbot.content.Passage;
import org.backpainbot.content.Section;

/**
 * How much of a message a section explains. BM25 scores say which section fits best but not whether any fits:
 * "my knees ache since the baby" shares "ache" and "baby" with the article and still is not about it. Each
 * meaningful word of the message weighs its rarity in the content (IDF), and the words of topics the article does
 * not cover are in the index too, so they weigh as well. Evidence is the share of that weight a section covers.
 */
final class Evidence {

    /** Weight of a word the index does not know at all ("wrecked", "tho"): topics the article does not cover are
     * named in not-covered.txt and so are known; what is left is mostly chat filler, which must not sink a match. */
    static final double UNKNOWN_WORD_WEIGHT = 1.0;

    private final Map<String, Set<String>> sectionTerms;
    private final Map<String, Double> idf;
    /** Each not-covered phrase as its set of terms: a phrase is off-topic only when all of its words are present,
     * so "going back to work" does not make "does massage work" off-topic. */
    private final List<Set<String>> offTopicPhrases;

    private Evidence(Map<String, Set<String>> sectionTerms, Map<String, Double> idf,
                     List<Set<String>> offTopicPhrases) {
        this.sectionTerms = sectionTerms;
        this.idf = idf;
        this.offTopicPhrases = offTopicPhrases;
    }

    static Evidence of(Content content, IndexReader reader) {
        Map<String, Set<String>> terms = new HashMap<>();
        List<Set<String>> phrases = new ArrayList<>();
        try (Analyzer analyzer = Analyzers.index()) {
            for (Section section : content.sections()) {
                Set<String> set = terms.computeIfAbsent(section.id(), k -> new HashSet<>());
                addTerms(analyzer, section.title(), set);
                for (Passage passage : section.passages()) {
                    addTerms(analyzer, passage.text() + " " + (passage.heading() == null ? "" : passage.heading()),
                            set);
                }
                section.questions().forEach(q -> addTerms(analyzer, q, set));
            }
            Set<String> notCovered = terms.computeIfAbsent(IndexBuilder.NOT_COVERED_SECTION, k -> new HashSet<>());
            for (NotCoveredTopic topic : content.notCovered()) {
                for (String phrase : topic.phrases()) {
                    Set<String> phraseTerms = new HashSet<>();
                    addTerms(analyzer, phrase, phraseTerms);
                    if (!phraseTerms.isEmpty()) {
                        phrases.add(Set.copyOf(phraseTerms));
                        notCovered.addAll(phraseTerms);
                    }
                }
            }
        }
        Map<String, Double> idf = new HashMap<>();
        try {
            int docs = reader.getDocCount(Fields.BODY);
            for (Set<String> set : terms.values()) {
                for (String term : set) {
                    int df = reader.docFreq(new Term(Fields.BODY, term));
                    if (df > 0) {
                        idf.put(term, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
                    }
                }
            }
        } catch (IOException e) {
            throw new SearchException("cannot read term statistics", e);
        }
        return new Evidence(terms, idf, List.copyOf(phrases));
    }

    /** Share of the message's weight that the section covers, 0..1 (0 when the message has no meaningful word). */
    double of(String sectionId, QueryText.Analyzed message) {
        return share(sectionTerms.getOrDefault(sectionId, Set.of()), Set.of(), message);
    }

    /** Share of the message's weight that only the topics the article does not cover explain, not the section. */
    double offTopic(String sectionId, QueryText.Analyzed message) {
        Set<String> present = new HashSet<>();
        for (Set<String> phrase : offTopicPhrases) {
            if (message.terms().containsAll(phrase)) {
                present.addAll(phrase);
            }
        }
        return present.isEmpty() ? 0 : share(present, sectionTerms.getOrDefault(sectionId, Set.of()), message);
    }

    /** Weight share of the words with a term in {@code covered} and none in {@code excluded}. */
    private double share(Set<String> covered, Set<String> excluded, QueryText.Analyzed message) {
        double total = 0;
        double matched = 0;
        for (QueryText.Word word : message.words()) {
            if (Analyzers.isStopWord(word.word()) || word.terms().isEmpty()) {
                continue;
            }
            double weight = 0;
            boolean hit = false;
            boolean miss = false;
            for (String term : word.terms()) {
                Double w = idf.get(term);
                if (w != null) {
                    weight = Math.max(weight, w);
                    hit |= covered.contains(term);
                    miss |= excluded.contains(term);
                }
            }
            hit &= !miss;
            if (weight == 0) {
                weight = UNKNOWN_WORD_WEIGHT;
            }
            total += weight;
            if (hit) {
                matched += weight;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    private static void addTerms(Analyzer analyzer, String text, Set<String> into) {
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException("analyzing text in memory cannot fail", e);
        }
    }
}
