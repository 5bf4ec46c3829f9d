package org.backpainbot.content;

import java.util.List;

/**
 * A topic the article does not cover, named by maintainers so that messages about it are declined rather than
 * answered with a passage that merely shares a word with them.
 */
public record NotCoveredTopic(String name, List<String> phrases, int line) {
}
