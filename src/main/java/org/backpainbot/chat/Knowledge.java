package org.backpainbot.chat;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.lucene.store.Directory;
import org.backpainbot.content.Content;
import org.backpainbot.content.ContentLoader;
import org.backpainbot.search.Embeddings;
import org.backpainbot.search.SearchIndex;
import org.backpainbot.triage.TriageRules;

/**
 * One consistent version of what the bot knows: the content, its search index and the triage rules read with it.
 * Swapped as a whole, so a reply never mixes an old index with new rules.
 *
 * @param version increasing number of this version (the admin package numbers the versions it keeps on disk)
 * @param builtAt when the index was built (for a version reopened from disk, when it was first built)
 */
public record Knowledge(long version, Content content, SearchIndex index, TriageRules triage, Instant builtAt) {

    /**
     * Reads, validates and indexes a content directory into the given Lucene directory.
     *
     * @throws org.backpainbot.content.InvalidContentException listing every problem in the content, rules or synonyms
     */
    public static Knowledge build(long version, Path contentDir, Directory directory) {
        Content content = ContentLoader.load(contentDir);
        return new Knowledge(version, content, SearchIndex.build(content, directory), triage(contentDir),
                Instant.now());
    }

    /**
     * The triage rules of a content directory with their semantic safety net, which compares messages with the
     * reviewed example phrasings using the same sentence embedding as retrieval.
     */
    public static TriageRules triage(Path contentDir) {
        return TriageRules.load(contentDir, Embeddings::ofContent, Embeddings::of);
    }
}
