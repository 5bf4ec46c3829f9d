package org.backpainbot.content;

/**
 * One thing wrong with a content file, located so a maintainer can fix it: printed as {@code file:line: message}.
 *
 * @param file path of the file as the maintainer knows it (relative to the content directory)
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
