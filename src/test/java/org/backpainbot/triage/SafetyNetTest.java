package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.backpainbot.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety net's file is checked line by line, and the net's decision is combined with the rules' as
 * documented. A fake embedding (one axis per keyword) keeps these tests independent of the real model.
 */
class SafetyNetTest {

    private static final String RULES = """
            trigger negation before 5 = no
            trigger other before 8 = my husband
            term NUMB = numb*
            term SADDLE = down below
            sign saddle_numbness emergency
            when @NUMB @SADDLE
            sign severe_back_pain provider
            when @NUMB @NUMB
            """;

    private static final String MESSAGES = """
            number US emergency = 911
            number UK emergency = 999
            number EU emergency = 112
            headline emergency = Emergency.
            headline provider = Provider.
            say saddle_numbness = Saddle.
            say severe_back_pain = Back.
            """;

    private static final String EXAMPLES = """
            threshold emergency = 0.9
            threshold provider = 0.9
            saddle_numbness: cannot feel bottom
            saddle_numbness: bottom feels dead
            saddle_numbness: no feeling in bottom
            severe_back_pain: agony back
            severe_back_pain: back agony
            severe_back_pain: back in agony
            """;

    /** 2-d vectors: "bottom" points one way, "agony" the other, anything else in between. */
    private static final Function<List<String>, List<float[]>> FAKE = texts -> texts.stream().map(SafetyNetTest::vec)
            .toList();

    private static float[] vec(String t) {
        if (t.contains("bottom")) {
            return new float[] {1f, 0f};
        }
        if (t.contains("agony")) {
            return new float[] {0f, 1f};
        }
        return new float[] {0.7071f, 0.7071f};
    }

    @TempDir
    Path dir;

    private void write(String examples) throws IOException {
        Files.createDirectories(dir.resolve("triage"));
        Files.writeString(dir.resolve("triage/rules.txt"), RULES);
        Files.writeString(dir.resolve("triage/messages.txt"), MESSAGES);
        Files.writeString(dir.resolve("triage/examples.txt"), examples);
    }

    @Test
    void theNetFlagsWhatTheRulesMissAndTheHigherTierWins() throws IOException {
        write(EXAMPLES);
        TriageRules rules = TriageRules.load(dir, FAKE);
        String text = "my bottom went all dead";
        assertThat(rules.assess(text, Region.US).urgency()).isEqualTo(Urgency.NONE);
        TriageResult r = rules.assess(text, Region.US, vec(text));
        assertThat(r.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.signs()).containsExactly("saddle_numbness");
        assertThat(r.advice()).isEqualTo("Emergency.\n- Saddle.");
        assertThat(rules.assess("back agony and numb down below", Region.US, vec("agony")).signs())
                .containsExactly("saddle_numbness", "severe_back_pain");
        assertThat(rules.assess(text, Region.US, null).urgency()).isEqualTo(Urgency.NONE);
    }

    @Test
    void whatTheRulesSetAsideIsNotReadByTheNet() throws IOException {
        write(EXAMPLES);
        TriageRules rules = TriageRules.load(dir, FAKE);
        // the whole message's meaning is close, but "my husband" puts the bottom in his scope: only "ok" is left
        String text = "my husband bottom feels dead. ok";
        assertThat(rules.assess(text, Region.US, vec(text)).urgency()).isEqualTo(Urgency.NONE);
    }

    @Test
    void aSignTheRulesReadAndDeniedIsNotAddedFromWhatIsLeftButSomeoneElsesStillIs() throws IOException {
        write(EXAMPLES);
        Files.writeString(dir.resolve("triage/rules.txt"), RULES + "whose = other\n");
        TriageRules rules = TriageRules.load(dir, FAKE);
        // both words of the sign are there and denied: what is left ("the bottom is fine") is near the sign, but
        // the rules have answered it
        String denied = "no numb down below. the bottom is fine";
        assertThat(rules.assess(denied, Region.US, vec(denied)).urgency()).isEqualTo(Urgency.NONE);
        // set aside as someone else's does not answer: whose a symptom is gets misread, so the net still reads on
        String his = "my husband numb down below. bottom feels odd";
        assertThat(rules.assess(his, Region.US, vec(his)).signs()).containsExactly("saddle_numbness");
        // without 'whose', every category answers
        write(EXAMPLES);
        assertThat(TriageRules.load(dir, FAKE).assess(his, Region.US, vec(his)).urgency()).isEqualTo(Urgency.NONE);
    }

    @Test
    void aTemperatureTheRulesReadAsNormalIsNotReadByTheNet() throws IOException {
        write(EXAMPLES);
        TriageRules rules = TriageRules.load(dir, FAKE);
        // to a sentence model "temperature" alone reads as a fever; the rules have read 37.2 as none
        assertThat(SafetyNet.remainder(rules.screen().read("temp 37.2 and my back aches")))
                .isEqualTo("and my back aches");
        assertThat(rules.screen().read("temp 38.2 and my back aches").anySetAside()).isFalse();
    }

    @Test
    void aReadingThatRulesASignOutKeepsTheNetFromAddingItButNotTheRules() throws IOException {
        write(EXAMPLES + "ruled out saddle_numbness = _temp_normal_, fine\n");
        TriageRules rules = TriageRules.load(dir, FAKE);
        String normal = "my bottom went all dead, temp 37.1";
        assertThat(rules.assess(normal, Region.US, vec(normal)).urgency()).isEqualTo(Urgency.NONE);
        String high = "my bottom went all dead, temp 38.1";
        assertThat(rules.assess(high, Region.US, vec(high)).signs()).containsExactly("saddle_numbness");
        // the rules are not bound by it
        String found = "numb down below, temp 37.1";
        assertThat(rules.assess(found, Region.US, vec(found)).signs()).contains("saddle_numbness");
    }

    @Test
    void aMessageNoCloserToASignThanToEverydayTalkIsNotFlagged() throws IOException {
        write(EXAMPLES + "everyday: my bottom is a bit sore from sitting\n");
        TriageRules rules = TriageRules.load(dir, FAKE);
        assertThat(rules.assess("my bottom went all dead", Region.US, vec("bottom")).urgency()).isEqualTo(Urgency.NONE);
        assertThat(rules.assess("back in agony", Region.US, vec("agony")).urgency()).isEqualTo(Urgency.PROVIDER);
    }

    @Test
    void aSignInOneSentenceOfSeveralIsFoundWhenTheWholeMessageComesNear() throws IOException {
        write(EXAMPLES);
        TriageRules rules = TriageRules.load(dir, FAKE);
        // the whole message is in between (0.71, within the uncertain band below 0.9): its sentences are read alone
        String text = "thanks for yesterday. my bottom went all dead";
        assertThat(rules.assess(text, Region.US, vec("thanks")).signs()).containsExactly("saddle_numbness");
        // one sentence has nothing to split
        assertThat(rules.assess("thanks my bottom went all dead", Region.US, vec("thanks")).urgency())
                .isEqualTo(Urgency.NONE);
    }

    @Test
    void theRulesOnlyLoadIgnoresTheNetButStillChecksItsFile() throws IOException {
        write(EXAMPLES);
        TriageRules rules = TriageRules.load(dir);
        assertThat(rules.hasSafetyNet()).isFalse();
        assertThat(rules.assess("my bottom went all dead", Region.US, vec("bottom")).urgency())
                .isEqualTo(Urgency.NONE);
        write(EXAMPLES + "nosuch_sign: x\n");
        assertThat(catchThrowableOfType(() -> TriageRules.load(dir), InvalidContentException.class).problems())
                .extracting(Object::toString).contains("triage/examples.txt:9: unknown sign 'nosuch_sign': not defined in rules.txt");
    }

    @Test
    void everyProblemInTheExamplesFileIsReportedWithItsLine() throws IOException {
        write("""
                threshold emergency = 0.06
                threshold urgent = 0.8
                saddle_numbness:
                just words
                severe_back_pain: a
                severe_back_pain: b
                severe_back_pain: c
                threshold severe_back_pain = 0.95
                explains severe_back_pain = severe_back_pain
                explains nosuch = saddle_numbness
                ruled out nosuch = _bp_ok_
                ruled out severe_back_pain = two words
                """);
        assertThat(catchThrowableOfType(() -> TriageRules.load(dir, FAKE), InvalidContentException.class).problems())
                .extracting(Object::toString).containsExactlyInAnyOrder(
                        "triage/examples.txt:1: threshold must be a number from 0.3 to 1, not '0.06'",
                        "triage/examples.txt:2: unknown tier or sign 'urgent' (expected emergency, provider or a sign id from rules.txt)",
                        "triage/examples.txt:3: empty phrasing for sign 'saddle_numbness'",
                        "triage/examples.txt:4: expected 'sign_id: phrasing', 'threshold emergency|provider = number', 'explains SIGN = SIGN, ...' or 'ruled out SIGN = word, ...'",
                        "triage/examples.txt:9: 'explains severe_back_pain' lists 'severe_back_pain', which is not another sign defined in rules.txt",
                        "triage/examples.txt:10: unknown sign 'nosuch': not defined in rules.txt",
                        "triage/examples.txt:11: unknown sign 'nosuch': not defined in rules.txt",
                        "triage/examples.txt:12: 'ruled out severe_back_pain' lists 'two words': each entry must be one lowercase word, as the reader writes it (e.g. _bp_ok_)",
                        "triage/examples.txt: sign 'saddle_numbness' has 0 phrasings; at least 3 are needed so the net covers it",
                        "triage/examples.txt: no valid 'threshold emergency = number' line",
                        "triage/examples.txt: no valid 'threshold provider = number' line");
    }
}
