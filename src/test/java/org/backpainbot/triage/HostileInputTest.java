package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** assess() runs on every chat message: it must never throw and must stay in microseconds. */
class HostileInputTest {

    private static TriageRules rules;

    @BeforeAll
    static void load() {
        rules = TriageRules.load(Path.of("index-data"));
    }

    @Test
    void oddInputsAreScreenedWithoutThrowing() {
        String[] inputs = {
            null, "", " ", "\u0000\u0000", "a".repeat(10_000), "numb ".repeat(5_000), "😂😂😂🤰🏽👶",
            "אני לא מרגישה את הרגליים", "لا أستطيع التنفس", "\u202Ecant wee\u202C", "1/0 2/ /3 99999999999999999999 c",
            "38.5.5c 1e999 f", ". , ; : ! ?", "temp of", "bp 300/20", "~3 @NUMB | * =", "\uD800 lone surrogate",
            "٣٨٫٥ درجة", "I\u0000cant\u0000wee",
        };
        for (String in : inputs) {
            TriageResult r = rules.assess(in, Region.UK);
            assertThat(r).isNotNull();
            assertThat(r.urgency() == Urgency.NONE).isEqualTo(r.advice() == null);
        }
        assertThat(rules.assess("I\u0000cant\u0000wee", Region.US).urgency()).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyz  .,;!?'’/0123456789°cf\n\u0000é🤰";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(200);
            for (int k = 0; k < len; k++) {
                b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThat(rules.assess(b.toString(), Region.EU)).isNotNull();
        }
    }

    @Test
    void screeningIsFastEnoughForEveryMessage() {
        String[] messages = {
            "i cant feel anything between my legs and my back is agony",
            "is heat or ice better for my back, it aches after feeding and the baby wont settle",
            "my partner's back is killing him and the baby has a temperature of 38.5, no fever myself",
        };
        for (int i = 0; i < 20_000; i++) { // warm up the JIT before timing
            rules.assess(messages[i % messages.length], Region.US);
        }
        int runs = 30_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            rules.assess(messages[i % messages.length], Region.US);
        }
        Duration perMessage = Duration.ofNanos((System.nanoTime() - start) / runs);
        System.out.println("triage assess(): about " + perMessage.toNanos() / 1000.0 + " microseconds per message");
        // generous bound for a loaded 2-core CI machine; typical cost is far lower
        assertThat(perMessage).isLessThan(Duration.ofMillis(1));
        long longStart = System.nanoTime();
        rules.assess("my back hurts and ".repeat(1_200), Region.US);
        assertThat(Duration.ofNanos(System.nanoTime() - longStart)).isLessThan(Duration.ofMillis(500));
    }
}
