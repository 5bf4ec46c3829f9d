package org.backpainbot.content;

import java.util.List;

/**
 * One {@code ##} section of an article: the unit a question is routed to.
 *
 * @param questions questions the section answers, written by maintainers to help retrieval; never shown as answers
 * @param line where the section starts in its file, for error messages
 */
public record Section(String id, String title, String articleTitle, String file, int line,
                      List<Passage> passages, List<String> questions) {
}
