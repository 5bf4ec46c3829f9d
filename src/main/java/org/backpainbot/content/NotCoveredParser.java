package org.backpainbot.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads {@code not-covered.txt}: one "name: phrase, phrase" line per topic the article does not cover. */
final class NotCoveredParser {

    static final String FILE = "not-covered.txt";

    private NotCoveredParser() {
    }

    static List<NotCoveredTopic> parse(List<String> lines, List<ContentProblem> problems) {
        List<NotCoveredTopic> topics = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            List<String> phrases = colon < 0 ? List.of() : Arrays.stream(line.substring(colon + 1).split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (colon <= 0 || phrases.isEmpty()) {
                problems.add(new ContentProblem(FILE, i + 1, "expected 'topic name: phrase, phrase, ...'"));
                continue;
            }
            topics.add(new NotCoveredTopic(line.substring(0, colon).strip(), phrases, i + 1));
        }
        return List.copyOf(topics);
    }
}
