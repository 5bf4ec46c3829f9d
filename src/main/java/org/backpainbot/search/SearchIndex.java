package org.backpainbot.search;

import java.io.Closeable;
import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.backpainbot.content.Content;
import org.backpainbot.content.Passage;

/**
 * One built, immutable index version and everything needed to search it. Reference-counted: searches
 * {@link #tryAcquire()} and {@link #release()} it, so a version swapped out by a reindex is closed only after the
 * searches still running on it are done.
 */
public final class SearchIndex implements Closeable {

    private final Content content;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Ranker ranker;

    private SearchIndex(Content content, Directory directory, org.apache.lucene.analysis.synonym.SynonymMap synonyms)
            throws IOException {
        this.content = content;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.ranker = new Ranker(content, searcher, Analyzers.query(synonyms));
        reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
    }

    /**
     * Builds a new index version for the content in the given (empty or disposable) directory and opens it.
     *
     * @throws org.backpainbot.content.InvalidContentException when the synonyms file is malformed
     * @throws SearchException when the index cannot be written or opened
     */
    public static SearchIndex build(Content content, Directory directory) {
        var synonyms = Analyzers.synonyms(content.synonyms());
        IndexBuilder.write(content, directory);
        return open(content, directory, synonyms);
    }

    /** Opens a version built earlier for this exact content (same hash). */
    public static SearchIndex open(Content content, Directory directory) {
        return open(content, directory, Analyzers.synonyms(content.synonyms()));
    }

    /**
     * Parses the lay vocabulary exactly as building an index would, so content can be validated without building.
     *
     * @throws org.backpainbot.content.InvalidContentException naming the line of a malformed entry
     */
    public static void checkSynonyms(String text) {
        Analyzers.synonyms(text);
    }

    private static SearchIndex open(Content content, Directory directory,
                                    org.apache.lucene.analysis.synonym.SynonymMap synonyms) {
        try {
            return new SearchIndex(content, directory, synonyms);
        } catch (IOException e) {
            throw new SearchException("cannot open the index", e);
        }
    }

    public Content content() {
        return content;
    }

    public int passageCount() {
        return count(Fields.TYPE_PASSAGE);
    }

    public int documentCount(String type) {
        return count(type);
    }

    /** Ranks the article's sections for a message. Never throws on odd input; an empty ranking means no match. */
    public Ranking rank(String text) {
        return ranker.rank(text, null);
    }

    /**
     * Decides what to answer: a section and passage, a decline, or the references.
     *
     * @param context the section the conversation was last about, or null; short follow-ups are read in its light
     */
    public Answer answer(String text, String context) {
        return answer(text, context, null);
    }

    /**
     * As {@link #answer(String, String)}, reusing the message's embedding when the caller already has it.
     *
     * @param meaning {@link #meaning(String)} of the same text, or null to compute it here
     */
    public Answer answer(String text, String context, float[] meaning) {
        float[] vector = meaning != null ? meaning : meaning(text);
        return Decision.decide(this, text, ranker.rank(text, vector), context, vector);
    }

    /** The message's sentence embedding, of the same (typo-corrected) text retrieval matches; null when blank. */
    public float[] meaning(String text) {
        return ranker.meaning(text);
    }

    /** The passage of a section that best answers the message; the section's first passage when none matches. */
    public Passage bestPassage(String sectionId, String text) {
        return ranker.bestPassage(sectionId, text, null);
    }

    Passage bestPassage(String sectionId, String text, float[] meaning) {
        return ranker.bestPassage(sectionId, text, meaning);
    }

    private int count(String type) {
        try {
            return searcher.count(new TermQuery(new Term(Fields.TYPE, type)));
        } catch (IOException e) {
            throw new SearchException("cannot count documents", e);
        }
    }

    /** Takes a reference for one search; false once the version is closed (the caller takes the newer one). */
    public boolean tryAcquire() {
        return reader.tryIncRef();
    }

    public void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new SearchException("cannot release the index", e);
        }
    }

    /** Drops the owner's reference; the version closes (reader, then directory) when the last search releases it. */
    @Override
    public void close() {
        release();
    }
}
