package org.backpainbot.content;

import java.util.List;
import java.util.stream.Collectors;

/** Content that must not be served: every problem found, each with its file and line. */
public class InvalidContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String summary(List<ContentProblem> problems) {
        String first = problems.isEmpty() ? "no details" : problems.get(0).toString();
        return problems.size() <= 1 ? "invalid content: " + first
                : "invalid content (" + problems.size() + " problems): "
                        + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("; "));
    }
}
