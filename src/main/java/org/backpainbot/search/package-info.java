/** Lucene: the shared analyzer, building an index version from content, the searcher lifecycle and hybrid ranking of sections. */
package org.backpainbot.search;
