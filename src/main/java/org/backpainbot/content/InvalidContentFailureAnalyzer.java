package org.backpainbot.content;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid content at start-up into a short report (every file:line problem) instead of a stack trace. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        String problems = cause.problems().stream().map(ContentProblem::toString)
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis("The content in bot.content-dir is invalid, so the service will not start:"
                + System.lineSeparator() + problems,
                "Fix the files named above (or run 'java -jar backpain-bot.jar validate <dir>') and start again.",
                cause);
    }
}
