/** Reads the maintainers' content in index-data (articles, sections, passages, references, synonyms, reply templates) and validates it; knows nothing of Lucene or the web. */
package org.backpainbot.content;
