package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rules or messages file is refused with every problem located by file and line. */
class RuleValidationTest {

    private static final String GOOD_RULES = """
            # comment
            trigger negation before 5 = no
            term NUMB = numb*
            term SADDLE = down below
            sign saddle_numbness emergency
            when @NUMB @SADDLE
            """;

    private static final String GOOD_MESSAGES = """
            number US emergency = 911
            number UK emergency = 999
            number EU emergency = 112
            headline emergency = Get emergency care now: call {emergency}.
            headline provider = Contact your midwife, doctor or provider today.
            say saddle_numbness = Numbness down below needs checking now.
            """;

    @TempDir
    Path dir;

    private List<ContentProblem> problems(String rules, String messages) throws IOException {
        write(rules, messages);
        return catchThrowableOfType(() -> TriageRules.load(dir), InvalidContentException.class).problems();
    }

    private void write(String rules, String messages) throws IOException {
        Files.createDirectories(dir.resolve("triage"));
        Files.writeString(dir.resolve("triage/rules.txt"), rules);
        Files.writeString(dir.resolve("triage/messages.txt"), messages);
    }

    @Test
    void minimalGoodFilesLoadAndWork() throws IOException {
        write(GOOD_RULES, GOOD_MESSAGES);
        TriageRules rules = TriageRules.load(dir);
        assertThat(rules.ruleCount()).isEqualTo(1);
        assertThat(rules.assess("numb down below", Region.EU).advice())
                .isEqualTo("Get emergency care now: call 112.\n- Numbness down below needs checking now.");
        assertThat(rules.assess("no numbness down below", Region.EU).urgency()).isEqualTo(Urgency.NONE);
    }

    @Test
    void everyProblemInTheRulesFileIsReportedWithItsLine() throws IOException {
        String rules = GOOD_RULES + """
                frobnicate = yes
                term BAD = numb(ness
                term SHORT = nu*
                sign other_sign emergency
                when @NOSUCH
                sign saddle_numbness provider
                trigger negation sideways = no
                stop nosuchcategory = i
                list nosuchcategory = or
                carry nosuchcategory = she
                term MISPLACED = numb _end_ below, _end_, numb ~1 below|_end_
                void nosuchcategory = she had the baby
                whose = nosuchcategory, Not A Category
                read Chest Pain = dolor
                read pain = dol*
                gaps = negation, nosuchcategory, Not A Category
                """;
        List<String> found = problems(rules, GOOD_MESSAGES).stream().map(ContentProblem::toString).toList();
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:7: unknown directive 'frobnicate'"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:8: bad word 'numb(ness'"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:9: prefix 'nu*'"));
        assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("triage/rules.txt:11: unknown term @NOSUCH in sign other_sign"));
        assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("triage/rules.txt:12: sign 'saddle_numbness' is defined twice"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:13: unknown trigger direction 'sideways'"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:14: stop for unknown trigger category"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:15: list for unknown trigger category"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:16: carry for unknown trigger category"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("triage/rules.txt:17: phrase 'numb _end_ below': _end_ can only be the last word"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("triage/rules.txt:17: phrase '_end_': _end_ can only be the last word"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains(
                "triage/rules.txt:17: phrase 'numb ~1 below|_end_': _end_ stands alone as the last word, never as one choice"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:18: void for unknown trigger category"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:19: whose for unknown trigger category"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:19: whose lists trigger categories"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:20: expected 'read english words"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:21: a 'read' phrase must start with a whole word"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:22: gaps for unknown trigger category"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/rules.txt:22: gaps lists trigger categories"));
        assertThat(found).noneSatisfy(p -> assertThat(p).contains("category 'negation'"));
    }

    /**
     * 'earlier' reaches back over the sentence before; 'carry' takes a scope into the next clause; _end_ ends one; a
     * 'relapse' after a resolution undoes it; a 'void' phrase anywhere cancels its category's triggers.
     */
    @Test
    void earlierCarryAndEndWorkAsDocumented() throws IOException {
        write(GOOD_RULES + """
                trigger resolved earlier 20 = its gone now
                stop resolved = again
                trigger other before 6 = my sister
                stop other = i
                carry other = she
                trigger denied earlier 20 = no _end_
                trigger history after 6 = went away
                relapse = came back
                trigger kin before 6 = my friend
                stop kin = i
                void kin = she had the baby
                """, GOOD_MESSAGES);
        TriageRules rules = TriageRules.load(dir);
        assertThat(rules.assess("numb down below. its gone now", Region.EU).urgency()).isEqualTo(Urgency.NONE);
        assertThat(rules.assess("numb down below. its gone now but again numb down below", Region.EU).urgency())
                .isEqualTo(Urgency.EMERGENCY);
        assertThat(rules.assess("my sister came, she is numb down below", Region.EU).urgency()).isEqualTo(Urgency.NONE);
        assertThat(rules.assess("my sister came, i am numb down below", Region.EU).urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(rules.assess("numb down below. no.", Region.EU).urgency()).isEqualTo(Urgency.NONE);
        assertThat(rules.assess("numb down below. no other problem", Region.EU).urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(rules.assess("numb down below but it went away", Region.EU).urgency()).isEqualTo(Urgency.NONE);
        assertThat(rules.assess("numb down below but it went away and came back", Region.EU).urgency())
                .isEqualTo(Urgency.EMERGENCY);
        assertThat(rules.assess("my friend is numb down below", Region.EU).urgency()).isEqualTo(Urgency.NONE);
        assertThat(rules.assess("my friend is numb down below. she had the baby friday", Region.EU).urgency())
                .isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void messagesMustCoverEverySignAndEveryRegionsNumbers() throws IOException {
        String rules = GOOD_RULES + "sign chest_pain emergency\nwhen @NUMB\n";
        String messages = GOOD_MESSAGES.replace("number EU emergency = 112\n", "") + """
                say no_such_sign = Hello.
                say saddle_numbness = Again.
                headline provider = Call {crisis}.
                whisper = hi
                """;
        List<String> found = problems(rules, messages).stream().map(ContentProblem::toString).toList();
        assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("triage/messages.txt:6: message for unknown sign 'no_such_sign' (not defined in rules.txt)"));
        assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("triage/messages.txt:7: message for sign saddle_numbness is defined twice"));
        assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("triage/messages.txt:8: headline provider is defined twice"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("triage/messages.txt:9: unknown directive 'whisper'"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("missing message: no 'say chest_pain = ...'"));
        assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("triage/messages.txt: missing 'number EU emergency = ...'"));
    }

    @Test
    void placeholderWithoutANumberForSomeRegionIsReported() throws IOException {
        String messages = GOOD_MESSAGES.replace("Numbness down below needs checking now.", "Call {crisis}.")
                + "number US crisis = 988\n";
        List<String> found = problems(GOOD_RULES, messages).stream().map(ContentProblem::toString).toList();
        assertThat(found).contains("triage/messages.txt:6: {crisis} has no 'number UK crisis = ...'",
                "triage/messages.txt:6: {crisis} has no 'number EU crisis = ...'");
        assertThat(found).noneMatch(p -> p.contains("US crisis"));
    }

    @Test
    void missingFilesAreReportedTogether() {
        List<ContentProblem> found = catchThrowableOfType(() -> TriageRules.load(dir), InvalidContentException.class)
                .problems();
        assertThat(found).extracting(ContentProblem::file).containsExactly("triage/rules.txt", "triage/messages.txt");
    }

    @Test
    void shippedFilesAreValid() {
        assertThat(TriageRules.load(Path.of("index-data")).ruleCount()).isPositive();
    }
}
