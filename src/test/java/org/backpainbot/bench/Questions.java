package org.backpainbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic, distinct questions for the load generators: the eval set's messages (second column of
 * retrieval.tsv) cycled, each with a counter so no two sent messages are the same text.
 */
final class Questions {

    private final List<String> base;
    private final AtomicLong counter = new AtomicLong();

    private Questions(List<String> base) {
        this.base = base;
    }

    static Questions fromEval() throws IOException {
        List<String> base = Files.readAllLines(Path.of("src/test/resources/eval/retrieval.tsv"),
                        StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(columns -> columns.length >= 2)
                .map(columns -> columns[1])
                .toList();
        return new Questions(base);
    }

    String next() {
        long n = counter.getAndIncrement();
        return base.get((int) (n % base.size())) + " " + n;
    }

    /** The string as a JSON string literal. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
