package org.backpainbot.content;

import java.time.LocalDate;
import java.util.List;

/** One article file: its front matter and its sections in reading order. */
public record Article(String file, String title, String url, LocalDate published, List<Section> sections) {
}
