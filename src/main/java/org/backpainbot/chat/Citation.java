package org.backpainbot.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reference shown under an answer; {@code doi} and {@code url} are present only where the article gives one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String id, String text, String doi, String url) {
}
