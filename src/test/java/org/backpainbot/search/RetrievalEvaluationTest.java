package org.backpainbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.backpainbot.content.ContentLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures retrieval on the project's own realistic messages (src/test/resources/eval/retrieval.tsv) and fails when
 * accuracy drops below the numbers checked in beside them (thresholds.properties).
 */
class RetrievalEvaluationTest {

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(ContentLoader.load(Path.of("index-data")), new ByteBuffersDirectory());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    record Case(String expected, String text, boolean followUp) {
    }

    /**
     * retrieval.tsv was written first and retrieval was developed against it; heldout2.tsv was written later by
     * someone who saw neither the code nor the first set, and was first measured untouched (recall@1 0.886);
     * heldout3.tsv and heldout4.tsv were written blind in the same way a session later (untouched: recall@1 0.863;
     * heldout4, measured after the fusion was tuned on the other three: 0.913); heldout5 likewise, measured once after
     * all of that and never tuned on (0.927); heldout6, written blind a session later and measured untouched (0.932).
     */
    @ParameterizedTest
    @ValueSource(strings = {"retrieval", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"})
    void meetsTheCheckedInAccuracy(String set) throws IOException {
        List<Case> cases = cases(set);
        int inScope = 0;
        int correct = 0;
        int outOfScope = 0;
        int declinedOutOfScope = 0;
        int falseDeclines = 0;
        double reciprocalRanks = 0;
        int ambiguous = 0;
        String previous = null;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            String context = c.followUp() ? previous : null;
            Answer answer = index.answer(c.text(), context);
            String got = answer.declined() ? "NONE" : answer.sectionId();
            if (answer.alternativeId() != null) {
                ambiguous++;
            }
            if (c.expected().equals("NONE")) {
                outOfScope++;
                if (answer.declined()) {
                    declinedOutOfScope++;
                } else {
                    misses.add("NONE <- " + got + " : " + c.text() + detail(c));
                }
            } else {
                inScope++;
                if (got.equals(c.expected())) {
                    correct++;
                } else {
                    misses.add(c.expected() + " <- " + got + " : " + c.text() + detail(c));
                }
                if (answer.declined()) {
                    falseDeclines++;
                }
                reciprocalRanks += reciprocalRank(c, answer);
            }
            previous = answer.declined() ? null : answer.sectionId();
        }
        double recall = (double) correct / inScope;
        double mrr = reciprocalRanks / inScope;
        double declineRate = (double) declinedOutOfScope / outOfScope;
        double falseDeclineRate = (double) falseDeclines / inScope;
        misses.forEach(m -> System.out.println("  miss: " + m));
        System.out.printf("retrieval eval " + set + ": %d in scope, %d out of scope; recall@1 %.3f, MRR %.3f, "
                        + "out-of-scope declined %.3f, in-scope declined %.3f, offered two sections %.3f%n", inScope,
                outOfScope, recall, mrr, declineRate, falseDeclineRate, (double) ambiguous / cases.size());

        Properties min = thresholds();
        assertThat(recall).as("recall@1").isGreaterThanOrEqualTo(number(min, set + ".recall-at-1"));
        assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(number(min, set + ".mrr"));
        assertThat(declineRate).as("out-of-scope declined")
                .isGreaterThanOrEqualTo(number(min, set + ".out-of-scope-declined"));
        assertThat(falseDeclineRate).as("in-scope declined")
                .isLessThanOrEqualTo(number(min, set + ".in-scope-declined-max"));
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }

    private static String detail(Case c) {
        StringBuilder b = new StringBuilder();
        index.rank(c.text()).sections().stream().limit(3).forEach(h -> b.append(String.format(
                "  [%s f=%.3f lex=%.1f sim=%.2f ev=%.2f]", h.sectionId(), h.score(), h.lexical(), h.similarity(),
                h.evidence())));
        return b.toString();
    }

    /** 1 for a right first answer, else 1/rank of the expected section in the full ranking, 0 when absent. */
    private static double reciprocalRank(Case c, Answer answer) {
        if (c.expected().equals(answer.sectionId())) {
            return 1;
        }
        if (c.followUp() || c.expected().equals("references")) {
            return 0;
        }
        List<SectionHit> ranking = index.rank(c.text()).sections().stream()
                .filter(h -> !h.sectionId().equals(IndexBuilder.NOT_COVERED_SECTION)).toList();
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).sectionId().equals(c.expected())) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static List<Case> cases(String set) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RetrievalEvaluationTest.class.getResourceAsStream("/eval/" + set + ".tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                cases.add(new Case(cols[0].strip(), cols[1], cols.length > 2 && cols[2].strip().equals("followup")));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        return cases;
    }

    private static Properties thresholds() throws IOException {
        Properties p = new Properties();
        try (InputStream in = RetrievalEvaluationTest.class.getResourceAsStream("/eval/thresholds.properties")) {
            p.load(in);
        }
        return p;
    }
}
