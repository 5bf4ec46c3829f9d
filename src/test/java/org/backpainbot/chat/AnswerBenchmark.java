package org.backpainbot.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.backpainbot.search.Answer;
import org.backpainbot.search.PreparedMessage;
import org.backpainbot.triage.Region;
import org.backpainbot.triage.TriageProperties;
import org.backpainbot.triage.TriageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * In-process latency of one answer and of its stages (embedding, triage, retrieval, reply composition) over the
 * project's own realistic messages, distinct and cycled per invocation so no stage answers one cached question.
 * SampleTime mode, so JMH reports p50/p99/p999. In package {@code chat} because the whole answer is
 * package-private.
 *
 * <p>Run (from the project root, where index-data is): {@code mvn -q -DskipTests test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) org.backpainbot.chat.AnswerBenchmark}; JMH options
 * such as {@code -wi 2 -i 3} may follow, and a regex to run only some benchmarks ({@code 'wholeAnswer'}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class AnswerBenchmark {

    private Knowledge knowledge;
    private DefaultChatService chat;
    private String[] messages;
    private PreparedMessage[] prepared;
    private Answer[] answers;
    private TriageResult[] flags;
    private int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        knowledge = Knowledge.build(1, Path.of("index-data"), new ByteBuffersDirectory());
        messages = messages(Path.of("src/test/resources/eval/retrieval.tsv")).toArray(String[]::new);
        prepared = new PreparedMessage[messages.length];
        answers = new Answer[messages.length];
        flags = new TriageResult[messages.length];
        for (int i = 0; i < messages.length; i++) {
            prepared[i] = knowledge.index().prepare(messages[i]);
            answers[i] = knowledge.index().answer(prepared[i], null);
            flags[i] = knowledge.triage().assess(messages[i], Region.US, prepared[i].meaning());
        }
        chat = new DefaultChatService(new KnowledgeBase(knowledge), new TriageProperties(Region.US),
                new ChatProperties(Duration.ofMinutes(30), 100_000), new ChatMetrics(new SimpleMeterRegistry()));
    }

    @TearDown(Level.Trial)
    public void close() {
        knowledge.index().close();
    }

    /** The eval set's messages (second column), comments and blank lines skipped. */
    static List<String> messages(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(columns -> columns.length >= 2)
                .map(columns -> columns[1])
                .toList();
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == messages.length ? 0 : i + 1;
        return i;
    }

    /** Typo correction, analysis and the sentence embedding, done once per message for triage and retrieval. */
    @Benchmark
    public PreparedMessage preparation() {
        return knowledge.index().prepare(messages[nextIndex()]);
    }

    /** Red-flag rules and the semantic safety net, given the embedding. */
    @Benchmark
    public TriageResult triage() {
        int i = nextIndex();
        return knowledge.triage().assess(messages[i], Region.US, prepared[i].meaning());
    }

    /** Lexical and vector retrieval and the decision, given the embedding. */
    @Benchmark
    public Answer retrieval() {
        int i = nextIndex();
        return knowledge.index().answer(prepared[i], null);
    }

    @Benchmark
    public Reply composition() {
        int i = nextIndex();
        return ReplyComposer.compose(knowledge.content(), answers[i], flags[i]);
    }

    /** Triage, retrieval and composition as the chat service runs them, minus the hop to a worker thread. */
    @Benchmark
    public Reply wholeAnswer() {
        int i = nextIndex();
        return chat.answer(Message.text(messages[i], "bench-" + (i & 63), Channel.HTTP));
    }

    /** The same without a conversation, so no follow-up reading: the difference is the cost of context. */
    @Benchmark
    public Reply wholeAnswerWithoutConversation() {
        return chat.answer(Message.text(messages[nextIndex()], null, Channel.HTTP));
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(AnswerBenchmark.class.getName());
        }
        new Runner(options.build()).run();
    }
}
