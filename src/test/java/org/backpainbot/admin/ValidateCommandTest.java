package org.backpainbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} command on good and broken content: exit status, summary, every problem as file:line. */
class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path dir) {
        return ValidateCommand.run(List.of("validate", dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void goodContentExitsZeroWithASummary() {
        int status = validate(TestContent.ORIGINAL);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("OK: 1 article\\(s\\), \\d+ sections, \\d+ passages, \\d+ references, \\d+ synonym"
                        + " lines, \\d+ triage rules");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void brokenContentExitsNonZeroListingEveryProblemAtItsLine(@TempDir Path dir) throws IOException {
        TestContent.reset(dir);
        // A second article: bad front matter line 3, and a section id the first article already uses.
        TestContent.write(dir, Path.of("articles", "second.md"), """
                ---
                title: Second
                author: somebody
                url:
                published: 2021-01-01
                ---

                ## Overview again {#overview}

                A paragraph.
                """);
        // A third article with a byte that is not UTF-8 on line 3.
        Files.write(dir.resolve("articles/third.md"), new byte[] {'-', '-', '-', '\n', 't', '\n', 'x', (byte) 0xC3,
                '(', '\n'});
        TestContent.replace(dir, TestContent.ARTICLE, "supports: acupuncture\n",
                "supports: acupuncture, no-such-section\n");
        TestContent.write(dir, Path.of("synonyms.txt"), TestContent.read(dir, Path.of("synonyms.txt"))
                + "\nalpha => beta => gamma\n");
        int synonymLine = TestContent.lineOf(dir, Path.of("synonyms.txt"), "alpha => beta");
        int referenceLine = TestContent.lineOf(dir, TestContent.ARTICLE, "supports: acupuncture, no-such-section");

        int status = validate(dir);

        String problems = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(problems)
                .contains("articles/second.md:3: malformed front matter line")
                .contains("articles/second.md:8: duplicate section id 'overview' (first defined at"
                        + " articles/postpartum-back-pain.md:")
                .contains("articles/third.md:3: invalid UTF-8")
                .contains("articles/postpartum-back-pain.md:" + referenceLine + ": reference yao-2017 supports"
                        + " section 'no-such-section', which does not exist")
                .contains("synonyms.txt:" + synonymLine + ": malformed synonym line")
                .containsPattern("problem\\(s\\); nothing was changed");
    }

    @Test
    void missingDirectoryIsAProblemNotACrash(@TempDir Path dir) {
        int status = validate(dir.resolve("nowhere"));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("content directory does not exist");
    }

    @Test
    void tooManyArgumentsIsAUsageError() {
        int status = ValidateCommand.run(List.of("validate", "a", "b"), new PrintStream(out), new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:");
    }
}
