package org.backpainbot.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.triage.ExampleFile.Examples;
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
    static final String EXAMPLES = DIR + "/examples.txt";

    private final Screen screen;
    private final Messages messages;
    private final int ruleCount;
    /** Every sign, in rule-file order. */
    private final List<Sign> signs;
    /** Null when loaded without an embedding model: then every message is screened by the rules alone. */
    private final SafetyNet net;

    private TriageRules(RuleBook book, Messages messages, SafetyNet net) {
        this.screen = new Screen(book);
        this.messages = messages;
        this.ruleCount = book.signs().size();
        this.signs = book.signs();
        this.net = net;
    }

    /**
     * Reads {@code contentDir/triage/rules.txt} and {@code messages.txt}; screens with the rules alone. When
     * {@code examples.txt} is there it is checked too, so a maintainer's mistake in it is reported by any load.
     *
     * @throws InvalidContentException listing every problem found in the files, each with file and line
     */
    public static TriageRules load(Path contentDir) {
        Objects.requireNonNull(contentDir, "contentDir");
        boolean examples = Files.exists(contentDir.resolve(EXAMPLES));
        return load(contentDir, examples, null, null);
    }

    /**
     * Reads rules.txt, messages.txt and examples.txt, and embeds every example phrasing once with {@code embed}
     * (which must be the model that embeds the messages passed to {@link #assess(String, Region, float[])}).
     *
     * @throws InvalidContentException listing every problem found in the files, each with file and line
     */
    public static TriageRules load(Path contentDir, Function<List<String>, List<float[]>> embed) {
        return load(contentDir, embed, embed);
    }

    /**
     * As {@link #load(Path, Function)}, with the example phrasings embedded by {@code embedExamples} (the same model,
     * which may keep the vectors of content it has seen, so a reload embeds only what changed) and the parts of
     * messages by {@code embed} (which must keep nothing: a message is health data).
     */
    public static TriageRules load(Path contentDir, Function<List<String>, List<float[]>> embedExamples,
            Function<List<String>, List<float[]>> embed) {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(embedExamples, "embedExamples");
        Objects.requireNonNull(embed, "embed");
        return load(contentDir, true, embedExamples, embed);
    }

    private static TriageRules load(Path contentDir, boolean withExamples,
            Function<List<String>, List<float[]>> embedExamples, Function<List<String>, List<float[]>> embed) {
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
        Examples examples = null;
        if (withExamples) {
            List<String> exampleLines = read(contentDir, EXAMPLES, problems);
            if (exampleLines != null && book != null) {
                examples = ExampleFile.parse(EXAMPLES, exampleLines, book.signs(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        SafetyNet net = embed == null ? null : SafetyNet.build(examples, book.signs(), embedExamples, embed);
        return new TriageRules(book, messages, net);
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
        return result(screen.fired(text), region);
    }

    /**
     * Screens one message with the rules and, when this instance was loaded with an embedding model and
     * {@code meaning} is given, with the semantic safety net too: the higher tier wins and the signs of both are
     * listed. {@code meaning} is the message's vector from that same model (the one the chat service also
     * searches with), or null for the rules alone. Never throws on any text, as {@link #assess(String, Region)}.
     */
    public TriageResult assess(String text, Region region, float[] meaning) {
        if (net == null || meaning == null) {
            return assess(text, region);
        }
        Screen.Reading reading = screen.read(text);
        List<Sign> netFired = net.fired(reading, meaning);
        if (netFired.isEmpty()) {
            return result(reading.fired(), region);
        }
        Set<Sign> either = new HashSet<>(reading.fired());
        either.addAll(netFired);
        return result(signs.stream().filter(either::contains).toList(), region);
    }

    /** Whether the semantic safety net is loaded (see {@link #load(Path, Function)}). */
    public boolean hasSafetyNet() {
        return net != null;
    }

    SafetyNet net() {
        return net;
    }

    Screen screen() {
        return screen;
    }

    private TriageResult result(List<Sign> fired, Region region) {
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
