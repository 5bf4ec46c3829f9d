package org.backpainbot.content;

/**
 * The smallest piece of the article that can be an answer: one paragraph, word for word.
 *
 * @param id stable id, {@code section/sub-heading-slug} or {@code section/pN}
 * @param heading the {@code ###} sub-heading it sits under ("The remedy"), or null
 */
public record Passage(String id, String sectionId, String heading, String text) {
}
