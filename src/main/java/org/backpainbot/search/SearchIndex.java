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
        // A hundred small documents: caching filters costs more than evaluating them.
        this.searcher.setQueryCache(null);
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

    /** Analyzes and embeds a message once, for triage and retrieval. Never throws on odd input. */
    public PreparedMessage prepare(String text) {
        return ranker.prepare(text);
    }

    /** Ranks the article's sections for a message; an empty ranking means no match. */
    public Ranking rank(String text) {
        return ranker.rank(prepare(text));
    }

    /**
     * Decides what to answer: a section and passage, a decline, or the references.
     *
     * @param context the section the conversation was last about, or null; short follow-ups are read in its light
     */
    public Answer answer(String text, String context) {
        return answer(prepare(text), context);
    }

    public Answer answer(PreparedMessage message, String context) {
        return Decision.decide(this, message, ranker.rank(message), context);
    }

    /** The passage of a section that best answers the message; the section's first passage for no message. */
    public Passage bestPassage(String sectionId, PreparedMessage message) {
        return ranker.bestPassage(sectionId, message);
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
