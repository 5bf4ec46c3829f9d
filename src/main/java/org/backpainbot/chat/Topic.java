package org.backpainbot.chat;

/** A section of the content as a browsable topic. */
public record Topic(String id, String title) {
}
