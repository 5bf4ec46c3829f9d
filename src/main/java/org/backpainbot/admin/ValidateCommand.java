package org.backpainbot.admin;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;

/**
 * {@code java -jar backpain-bot.jar validate [content-dir]}: checks content the way start-up and reindex do, without
 * starting the server, so maintainers can check an edit before they reindex. Prints only counts and problem
 * locations, never the content itself.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private ValidateCommand() {
    }

    /** True when the command line asks for this command rather than the server. */
    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /**
     * Validates the directory named by {@code args[1]}, else {@code BOT_CONTENT_DIR}, else {@code index-data}.
     *
     * @return the process exit status: 0 valid, 1 invalid, 2 wrong usage
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 2) {
            err.println("usage: java -jar backpain-bot.jar validate [content-dir]");
            return USAGE;
        }
        String env = System.getenv("BOT_CONTENT_DIR");
        Path dir = Path.of(args.size() == 2 ? args.get(1) : env != null && !env.isBlank() ? env : "index-data");
        try {
            ContentValidator.Validated valid = ContentValidator.validate(dir);
            out.println(dir + ": OK: " + valid.summary());
            return OK;
        } catch (InvalidContentException e) {
            for (ContentProblem problem : e.problems()) {
                err.println(problem);
            }
            err.println(dir + ": " + e.problems().size() + " problem(s); nothing was changed");
            return INVALID;
        }
    }
}
