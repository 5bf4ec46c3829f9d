package org.backpainbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.backpainbot.content.Content;
import org.backpainbot.content.Passage;
import org.backpainbot.content.Section;

/**
 * Ranks the sections of one index version for a message: BM25 over the analyzed words, nearest neighbours of the
 * message's embedding, and word-coverage evidence, fused per section by reciprocal rank; and picks the passage within
 * a section. Lives as long as its {@link SearchIndex}.
 */
final class Ranker {

    private static final int CANDIDATES = 60;
    /** A section's score is its best document plus this share of its second best: breadth of match counts a bit. */
    private static final float SECOND_DOC_SHARE = 0.3f;
    private static final float TITLE_BOOST = 0.4f;
    /** Reciprocal-rank fusion constant; small because there are only a dozen sections to fuse. */
    static final double RRF_K = 5;
    /** The lexical ranking's weight in the fusion relative to the semantic one's. */
    static final double LEXICAL_WEIGHT = 0.2;
    /** The evidence (coverage) ranking's weight in the fusion. */
    static final double EVIDENCE_WEIGHT = 0.25;
    /** Weight of a section's BM25 score relative to the best section's. Rank fusion keeps only the order, so a
     * section that matches the words far better than any other (a named treatment, "tcm", "chiro") counted no more
     * than one a hair ahead. Over the three eval sets (376 in-scope messages) recall@1 is 0.928-0.939 for lexical
     * weights 0.1-0.3, evidence 0.15-0.35 and this 0.05-0.07, against 0.915 without it and 0.894 with the first
     * weights (1.0 / 0.5); these values sit in the middle of that plateau. */
    static final double LEXICAL_SCORE_WEIGHT = 0.06;

    private final Content content;
    private final IndexSearcher searcher;
    private final QueryBuilder queryBuilder;
    private final QueryText queryText;
    private final Evidence evidence;
    private final String sourceRequestTerm;
    private final Embedder embedder = Embedder.shared();
    private final String[] docIds;
    private final String[] docSections;
    private final String[] docTypes;
    /** Every document's embedding (null where it has none). A hundred vectors are compared exactly in
     * microseconds; a vector query's per-search set-up cost more than the comparison itself. */
    private final float[][] docVectors;
    private final Query rankable = typeFilter(Fields.TYPE_PASSAGE, Fields.TYPE_QUESTION, Fields.TYPE_NOT_COVERED);
    private final Query references = typeFilter(Fields.TYPE_REFERENCE);

    Ranker(Content content, IndexSearcher searcher, Analyzer queryAnalyzer) {
        this.content = content;
        this.searcher = searcher;
        this.queryBuilder = new QueryBuilder(queryAnalyzer);
        this.queryText = new QueryText(searcher.getIndexReader(), queryAnalyzer);
        this.evidence = Evidence.of(content, searcher.getIndexReader());
        this.sourceRequestTerm = queryText.analyzeWord("sourcerequest");
        this.docIds = stored(searcher, Fields.ID);
        this.docSections = stored(searcher, Fields.SECTION);
        this.docTypes = stored(searcher, Fields.TYPE);
        this.docVectors = vectors(searcher.getIndexReader());
    }

    PreparedMessage prepare(String text) {
        QueryText.Analyzed analyzed = queryText.analyze(text);
        return new PreparedMessage(text, analyzed, embedder.embed(analyzed.text()));
    }

    Ranking rank(PreparedMessage message) {
        QueryText.Analyzed analyzed = message.analyzed();
        float[] meaning = message.meaning();
        if (analyzed.terms().isEmpty()) {
            return Ranking.EMPTY;
        }
        boolean sources = analyzed.terms().contains(sourceRequestTerm);
        Query matches = matchQuery(analyzed.text());
        List<SectionHit> sections = rankSections(matches, analyzed, meaning, message);
        List<String> references = sources ? matchingReferences(matches) : List.of();
        String best = sections.stream().map(SectionHit::sectionId)
                .filter(id -> !id.equals(IndexBuilder.NOT_COVERED_SECTION)).findFirst().orElse(null);
        double offTopic = best == null ? 1 : evidence.offTopic(best, analyzed);
        return new Ranking(sections, sources, references, offTopic);
    }

    /**
     * The passage of a section that best answers the message, by the fused ranks of its words (BM25) and, when the
     * message's embedding is given, its meaning; the section's first passage when nothing matches.
     */
    Passage bestPassage(String sectionId, PreparedMessage message) {
        Section section = content.section(sectionId).orElseThrow(
                () -> new IllegalArgumentException("no section " + sectionId));
        if (section.passages().isEmpty()) {
            return null;
        }
        if (section.passages().size() == 1 || message == null) {
            return section.passages().get(0);
        }
        Map<String, Double> lexical = new HashMap<>();
        Map<String, Double> semantic = new HashMap<>();
        for (Passage passage : section.passages()) {
            Double score = message.passageScores().get(passage.id());
            if (score != null) {
                lexical.put(passage.id(), score);
            }
            Double similarity = message.passageSimilarities().get(passage.id());
            if (similarity != null) {
                semantic.put(passage.id(), similarity);
            }
        }
        Map<String, Integer> lexicalRank = ranks(lexical);
        Map<String, Integer> semanticRank = ranks(semantic);
        Passage best = section.passages().get(0);
        double bestScore = 0;
        double bestSimilarity = -1;
        for (Passage passage : section.passages()) {
            Integer lr = lexicalRank.get(passage.id());
            Integer sr = semanticRank.get(passage.id());
            double score = (lr == null ? 0 : 1.0 / (RRF_K + lr)) + (sr == null ? 0 : 1.0 / (RRF_K + sr));
            double similarity = semantic.getOrDefault(passage.id(), -1.0);
            if (score > bestScore || score == bestScore && similarity > bestSimilarity) {
                best = passage;
                bestScore = score;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private List<SectionHit> rankSections(Query matches, QueryText.Analyzed analyzed, float[] meaning,
                                          PreparedMessage message) {
        Map<String, Double> lexical = lexicalScores(matches, message);
        Map<String, Double> semantic = semanticScores(meaning, message);
        Map<String, Double> coverage = new HashMap<>();
        Set<String> candidates = new java.util.LinkedHashSet<>(semantic.keySet());
        candidates.addAll(lexical.keySet());
        candidates.forEach(section -> coverage.put(section, evidence.of(section, analyzed)));
        Map<String, Integer> lexicalRank = ranks(lexical);
        Map<String, Integer> semanticRank = ranks(semantic);
        Map<String, Integer> coverageRank = ranks(coverage);
        double maxLexical = lexical.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<SectionHit> sections = new ArrayList<>();
        for (String section : candidates) {
            Integer lr = lexicalRank.get(section);
            Integer sr = semanticRank.get(section);
            double fused = (lr == null ? 0 : LEXICAL_WEIGHT / (RRF_K + lr))
                    + (sr == null ? 0 : 1.0 / (RRF_K + sr))
                    + EVIDENCE_WEIGHT / (RRF_K + coverageRank.get(section))
                    + (maxLexical > 0 ? LEXICAL_SCORE_WEIGHT * lexical.getOrDefault(section, 0.0) / maxLexical : 0);
            sections.add(new SectionHit(section, fused, lexical.getOrDefault(section, 0.0),
                    semantic.getOrDefault(section, Double.NaN), coverage.get(section)));
        }
        // Rank fusion ties easily among a dozen sections; the semantic similarity, the strongest single signal, decides.
        sections.sort(Comparator.comparingDouble(SectionHit::score).thenComparingDouble(SectionHit::similarity)
                .reversed());
        return List.copyOf(sections);
    }

    /** Per section: its best document's BM25 score plus a share of its second best. */
    private Map<String, Double> lexicalScores(Query matches, PreparedMessage message) {
        TopDocs top = search(filtered(matches, rankable), CANDIDATES);
        Map<String, double[]> bestTwo = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            if (docTypes[hit.doc].equals(Fields.TYPE_PASSAGE)) {
                message.passageScores().put(docIds[hit.doc], (double) hit.score);
            }
            double[] scores = bestTwo.computeIfAbsent(storedId(hit.doc, Fields.SECTION), k -> new double[2]);
            if (hit.score > scores[0]) {
                scores[1] = scores[0];
                scores[0] = hit.score;
            } else if (hit.score > scores[1]) {
                scores[1] = hit.score;
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        bestTwo.forEach((section, s) -> scores.put(section, s[0] + SECOND_DOC_SHARE * s[1]));
        return scores;
    }

    /** Per section: the cosine similarity of its closest document to the message. */
    private Map<String, Double> semanticScores(float[] vector, PreparedMessage message) {
        if (vector == null) {
            return Map.of();
        }
        Map<String, Double> best = new LinkedHashMap<>();
        for (int doc = 0; doc < docVectors.length; doc++) {
            float[] v = docVectors[doc];
            String type = docTypes[doc];
            if (v == null || !(type.equals(Fields.TYPE_PASSAGE) || type.equals(Fields.TYPE_QUESTION)
                    || type.equals(Fields.TYPE_NOT_COVERED))) {
                continue;
            }
            double cosine = dot(vector, v);
            best.merge(docSections[doc], cosine, Math::max);
            if (type.equals(Fields.TYPE_PASSAGE)) {
                message.passageSimilarities().put(docIds[doc], cosine);
            }
        }
        return best;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** 1-based ranks, best first; equal scores share a rank, so a tie favours neither. */
    private static Map<String, Integer> ranks(Map<String, Double> scores) {
        List<String> order = new ArrayList<>(scores.keySet());
        order.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            boolean tie = i > 0 && scores.get(order.get(i)).equals(scores.get(order.get(i - 1)));
            ranks.put(order.get(i), tie ? ranks.get(order.get(i - 1)) : i + 1);
        }
        return ranks;
    }

    private List<String> matchingReferences(Query matches) {
        TopDocs top = search(filtered(matches, references), CANDIDATES);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(storedId(hit.doc, Fields.ID).substring("reference:".length()));
        }
        return ids;
    }

    private Query matchQuery(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query body = queryBuilder.createBooleanQuery(Fields.BODY, text, BooleanClause.Occur.SHOULD);
        Query title = queryBuilder.createBooleanQuery(Fields.TITLE, text, BooleanClause.Occur.SHOULD);
        if (body != null) {
            query.add(body, BooleanClause.Occur.SHOULD);
        }
        if (title != null) {
            query.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Query filtered(Query query, Query filter) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query typeFilter(String... types) {
        return new TermInSetQuery(Fields.TYPE, java.util.Arrays.stream(types).map(BytesRef::new).toList());
    }

    /** The embedding of every document that has one, by document number. */
    private static float[][] vectors(IndexReader reader) {
        float[][] vectors = new float[reader.maxDoc()][];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    vectors[leaf.docBase + doc] = values.vectorValue().clone();
                }
            }
        } catch (IOException e) {
            throw new SearchException("cannot read the document vectors", e);
        }
        return vectors;
    }

    private TopDocs search(Query query, int n) {
        try {
            return searcher.search(query, n);
        } catch (IOException e) {
            throw new SearchException("cannot search the index", e);
        } catch (IndexSearcher.TooManyClauses e) {
            return new TopDocs(new org.apache.lucene.search.TotalHits(0,
                    org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        }
    }

    private String storedId(int doc, String field) {
        return (field.equals(Fields.ID) ? docIds : docSections)[doc];
    }

    /** Reads a stored field of every document once: the version never changes, and hits are mapped per message. */
    private static String[] stored(IndexSearcher searcher, String field) {
        IndexReader reader = searcher.getIndexReader();
        String[] values = new String[reader.maxDoc()];
        try {
            StoredFields fields = searcher.storedFields();
            for (int doc = 0; doc < values.length; doc++) {
                values[doc] = fields.document(doc, Set.of(field)).get(field);
            }
        } catch (IOException e) {
            throw new SearchException("cannot read stored fields", e);
        }
        return values;
    }

}
