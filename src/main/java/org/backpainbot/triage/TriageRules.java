package org.backpainbot.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.triage.RuleBook.Sign;

/**
 * The red-flag screen run on every message before retrieval: loads the maintainers' rules and messages from
 * {@code triage/} in the content directory, and tells how urgently the mother needs care and what to tell her.
 * Immutable; the chat package swaps in a freshly loaded instance on reindex.
 */
public final class TriageRules {

    static final String DIR = "triage";
    static final String RULES = DIR + "/rules.txt";
    static final String MESSAGES = DIR + "/messages.txt";

    private final Screen screen;
    private final Messages messages;
    private final int ruleCount;

    private TriageRules(RuleBook book, Messages messages) {
        this.screen = new Screen(book);
        this.messages = messages;
        this.ruleCount = book.signs().size();
    }

    /**
     * Reads {@code contentDir/triage/rules.txt} and {@code messages.txt}.
     *
     * @throws InvalidContentException listing every problem found in either file, each with file and line
     */
    public static TriageRules load(Path contentDir) {
        Objects.requireNonNull(contentDir, "contentDir");
        List<ContentProblem> problems = new ArrayList<>();
        List<String> ruleLines = read(contentDir, RULES, problems);
        List<String> messageLines = read(contentDir, MESSAGES, problems);
        RuleBook book = ruleLines == null ? null : RuleFile.parse(RULES, ruleLines, problems);
        Messages messages = null;
        if (messageLines != null) {
            // with broken rules the sign list is unknown, so sign cross-checks are skipped rather than misleading
            Set<String> ids = book == null ? null
                    : book.signs().stream().map(Sign::id).collect(Collectors.toUnmodifiableSet());
            messages = MessageFile.parse(MESSAGES, messageLines, ids, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new TriageRules(book, messages);
    }

    private static List<String> read(Path contentDir, String file, List<ContentProblem> problems) {
        try {
            return Files.readAllLines(contentDir.resolve(file), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(file, 0, "not valid UTF-8"));
        } catch (IOException e) {
            problems.add(new ContentProblem(file, 0, "cannot read: " + e));
        }
        return null;
    }

    /**
     * Screens one message. Never throws: a red flag must not be lost to a malformed message, so any input,
     * including null, is screened as text. The text is never logged.
     */
    public TriageResult assess(String text, Region region) {
        List<Sign> fired = screen.fired(text);
        if (fired.isEmpty()) {
            return TriageResult.NONE;
        }
        Urgency tier = Urgency.PROVIDER;
        List<String> ids = new ArrayList<>(fired.size());
        for (Sign s : fired) {
            if (s.tier() == Urgency.EMERGENCY) {
                tier = Urgency.EMERGENCY;
            }
        }
        // the emergency signs first: in a crisis the most urgent reason should be read first
        for (Sign s : fired) {
            if (s.tier() == Urgency.EMERGENCY) {
                ids.add(s.id());
            }
        }
        for (Sign s : fired) {
            if (s.tier() != Urgency.EMERGENCY) {
                ids.add(s.id());
            }
        }
        Region r = region == null ? Region.US : region;
        return new TriageResult(tier, ids, messages.advice(tier, ids, r));
    }

    /** Number of signs the rules define. */
    public int ruleCount() {
        return ruleCount;
    }
}
