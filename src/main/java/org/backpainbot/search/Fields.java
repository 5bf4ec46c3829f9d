package org.backpainbot.search;

/** Names and values of every index field, in one place so indexing and searching cannot drift apart. */
final class Fields {

    /** Stable id of the document (a passage id, "question:section:n", "reference:id"); keyword, stored: it is how a
     * hit is mapped back to the content. */
    static final String ID = "id";
    /** What the document is (see the TYPE_ constants); keyword, not stored: only used to filter. */
    static final String TYPE = "type";
    /** Id of the section the document belongs to; keyword, stored: ranking aggregates hits per section. */
    static final String SECTION = "section";
    /** The words that can match: analyzed text, not stored because the text lives in Content. */
    static final String BODY = "body";
    /** Section title and sub-heading; analyzed separately so a heading match can weigh differently. */
    static final String TITLE = "title";
    /** Every word of the content and the lay vocabulary, unstemmed: the dictionary typo correction draws from. */
    static final String SPELL = "spell";
    /** Sentence embedding of the document; a vector field, searched by nearest neighbours. */
    static final String VECTOR = "vector";

    static final String TYPE_PASSAGE = "passage";
    static final String TYPE_QUESTION = "question";
    static final String TYPE_REFERENCE = "reference";
    static final String TYPE_NOT_COVERED = "not-covered";
    static final String TYPE_VOCABULARY = "vocabulary";

    private Fields() {
    }
}
