package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the shipped rules: context (negation, experiencer, past, figurative), readings, regions, advice. */
class TriageRulesTest {

    private static TriageRules rules;

    @BeforeAll
    static void load() {
        rules = TriageRules.load(Path.of("index-data"));
    }

    private static Urgency urgency(String text) {
        return rules.assess(text, Region.US).urgency();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "no numbness down below, just achy",
        "i dont have any chest pain",
        "never had trouble breathing, only the back",
        "no fever and no burning when i pee",
        "not numb between my legs at all thankfully",
    })
    void negatedSignsDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Wordings the rules once missed: partial retention, legs not her own, self-harm by method, sudden headache. */
    @ParameterizedTest
    @ValueSource(strings = {
        "i try to wee but only a dribble comes out",
        "i cant empty my bladder properly since yesterday",
        "my legs feel like theyre not mine",
        "both my legs keep giving out",
        "my legs stopped working when i got out of bed",
        "i keep thinking about crashing the car on purpose",
        "i could just drive into a tree and it would all be over",
        "i have been thinking about taking all my pills",
        "i keep picturing myself dropping the baby on purpose",
        "a headache came out of nowhere and peaked within a minute",
        "i cant breathe properly even sitting still after walking",
        "i want to hurt the baby",
    })
    void lessUsualWordingsOfEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** "gone" reached back as a resolution over "both legs" when words came between it and the new state. */
    @ParameterizedTest
    @ValueSource(strings = {
        "both my legs have gone all weak and wobbly",
        "my legs went really floppy and weak",
    })
    void aChangeOfStateIsNotAResolution(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** What works as it should, what wore off, closed up or eases once she moves is not a red flag. */
    @ParameterizedTest
    @ValueSource(strings = {
        "i can wee fine now",
        "my legs were numb after the spinal but its worn off",
        "my tummy muscles have closed, the physio checked",
        "my back is stiff in the morning but gets better once i start moving",
    })
    void resolvedOrWorkingIsNotARedFlag(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my legs ache but they work fine",
        "i drove into a wall in the car park last year, no harm done",
        "my head feels like its exploding from lack of sleep lol",
        "i drop things all the time, baby brain",
        "laughed so much i couldnt breathe at his face",
        "out of breath after jogging with the pram",
        "the chest infection was bad last week, all clear now",
        "i could hurt the people who designed this car seat",
    })
    void theirLookAlikesDoNot(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Round-5 families: a fit someone else saw, death wishes and methods in other verb forms, rehearsal with pills. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my other half says i had some sort of seizure in the night",
        "i was jerking and not responding, my partner told me after",
        "i think about not waking up most nights",
        "what if i swerved into the barrier on the way home",
        "i counted out all my painkillers last night",
        "both legs feel heavy and wobbly under me",
    })
    void roundFiveWordingsOfEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Height lost as others see it, a broken spine bone in a scan's words, pain at the epidural site that grows. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my mum says i look shorter these days",
        "the scan showed a crushed vertebra in my lower back",
        "the epidural site is sore and hurts more every day",
    })
    void roundFiveWordingsOfProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    /** Family in forum shorthand, a coughing fit, a problem fine for weeks since, effort named at length. */
    @ParameterizedTest
    @ValueSource(strings = {
        "dh has a temperature and a bad back",
        "mil lost height with her osteoporosis",
        "had a coughing fit and my back twinged",
        "couldnt pee the first night after the birth but it has been fine for weeks",
        "legs like jelly after my postnatal yoga class",
    })
    void roundFiveLookAlikesDoNot(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @Test
    void negationEndsAtAClauseBoundary() {
        assertThat(urgency("no fever but i cant feel anything down below")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("no headache, my chest is really tight and painful")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("no back pain and no numbness")).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my husband has chest pain after the gym",
        "the baby has a fever of 38.6, back pain is mine but mild",
        "my sister couldnt pee after her c section",
        "my toddler had a seizure last year with a high temperature",
    })
    void someoneElsesSymptomsAreNotHers(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @Test
    void herOwnSymptomAfterMentioningSomeoneElseStillCounts() {
        assertThat(urgency("my husband is at work and i cant feel anything between my legs"))
                .isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("since having the baby i cant pee")).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void aPartnerWritingForTheMotherIsNotSomeoneElse() {
        assertThat(urgency("writing for my wife, she had a seizure an hour ago")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("my husband had a seizure years ago")).isEqualTo(Urgency.NONE);
    }

    @Test
    void aTriggerWordInsideASymptomPhraseDoesNotNegateIt() {
        assertThat(urgency("no sensation when i pee")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("my legs have gone numb and weak")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("i had chest pain yesterday but it went away")).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i had a blood clot in my calf years ago, all fine now",
        "used to have numbness in my legs as a teenager",
        "with my first pregnancy i had a fever and back pain",
    })
    void pastAndResolvedProblemsDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the night feeds are a pain in the neck",
        "im sick of this back pain honestly",
        "i could murder a curry",
        "what are the warning signs of a blood clot",
        "can an epidural cause numbness in your legs",
    })
    void figuresOfSpeechAndInformationQuestionsDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @Test
    void aConditionalDescribingWhenItHappensIsStillAReport() {
        assertThat(urgency("if i try to stand my legs just give way")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("if i get a fever with back pain what should i do")).isEqualTo(Urgency.NONE);
    }

    @Test
    void nearNeedsBothWordsInOneClause() {
        assertThat(urgency("my chest feels like its being squeezed")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("i can breathe fine, cant sleep though")).isEqualTo(Urgency.NONE);
        assertThat(urgency("my chest is fine but the pain in my back is bad")).isEqualTo(Urgency.NONE);
    }

    @Test
    void lowercaseTyposAndLayWordsAreRead() {
        assertThat(urgency("CANT WEE since this morning")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("numbnes between my legs")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("I can’t feel anything down belowww")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("épidural site is réd and sore")).isEqualTo(Urgency.PROVIDER);
    }

    @Test
    void lettersWithoutAnAccentToStripAreFoldedToo() {
        // Polish ł does not decompose under NFKD; without folding, the gloss "glowa mnie boli" never matched
        assertThat(urgency("boli mnie głowa when i stand, better lying down, had the epidural 2 days ago"))
                .isEqualTo(Urgency.PROVIDER);
        assertThat(TextNormalizer.tokens("Straße Søster")).containsExactly("strasse", "soster");
    }

    @Test
    void spelledOutNegationsReadAsTheContractedWords() {
        assertThat(TextNormalizer.tokens("I do not know, she can not say, it did not"))
                .containsExactly("i", "dont", "know", ",", "she", "cannot", "say", ",", "it", "didnt");
        assertThat(TextNormalizer.tokens("not a drop, can I not")).containsExactly("not", "a", "drop", ",", "can", "i", "not");
        assertThat(urgency("Since this morning I can not hold my wee and I do not notice when it comes"))
                .isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void twoHeightsInCentimetresAFewApartReadAsHeightLost() {
        assertThat(TextNormalizer.tokens("was 165 before, measured 162 today")).contains("_height_lost_");
        assertThat(TextNormalizer.tokens("measured 165, same as before: 165")).doesNotContain("_height_lost_");
        assertThat(TextNormalizer.tokens("was 165 lbs, now 160 lbs, measured at the gp")).doesNotContain("_height_lost_");
        assertThat(TextNormalizer.tokens("bp 165 then 160 when they measured again")).doesNotContain("_height_lost_");
        assertThat(TextNormalizer.tokens("165 and 162")).doesNotContain("_height_lost_");
    }

    @Test
    void clinicalShorthandForWeeksAndDaysReadsAsADuration() {
        assertThat(TextNormalizer.tokens("gap still 3cm at 12/52")).contains("_weeks_8_plus_");
        assertThat(TextNormalizer.tokens("gap 3cm at 4/52")).containsSubsequence("4", "weeks");
        assertThat(TextNormalizer.tokens("headache 4/7")).containsSubsequence("4", "days");
        assertThat(TextNormalizer.tokens("bp 150/70, pain 6/10")).doesNotContain("weeks", "days");
        assertThat(TextNormalizer.tokens("scored it 9/7 lol")).doesNotContain("days");
    }

    @Test
    void systolicAndDiastolicNamedAreAPressureFeetAndInchesAHeightALaughingFaceALol() {
        assertThat(TextNormalizer.tokens("systolic 168 diastolic 104")).contains("_bp_high_");
        assertThat(TextNormalizer.tokens("sys 128 dia 82")).contains("_bp_ok_");
        assertThat(TextNormalizer.tokens("always been 5ft 7, measured today at 5ft 5")).contains("_height_lost_");
        assertThat(TextNormalizer.tokens("i was 5'4 and im still 5'4, measured")).doesNotContain("_height_lost_");
        assertThat(TextNormalizer.tokens("my sister is 158 and im 170, measured us both")).doesNotContain("_height_lost_");
        assertThat(TextNormalizer.tokens("cant stop laughing 🤣")).contains("lol");
    }

    @Test
    void aCrossOrATickAnsweringAQuestionIsANoOrAYesAndElsewhereIsNotRead() {
        assertThat(TextNormalizer.tokens("fever? ❌")).contains("_answer_no_");
        assertThat(TextNormalizer.tokens("pee ok?? 👍")).contains("_answer_yes_");
        assertThat(TextNormalizer.tokens("cant pee at all ❌")).doesNotContain("no", "_answer_no_");
        assertThat(urgency("legs numb? 👎 fever? 👎 just a stiff back")).isEqualTo(Urgency.NONE);
        assertThat(urgency("cant pee at all 🚽❌ since this morning")).isEqualTo(Urgency.EMERGENCY);
    }

    /** One word less a letter can be two vocabulary words less a letter: each is still found. */
    @Test
    void aTypoIsPutRightWhenItsDeletionIsSharedByTwoWords() {
        // "perianal" first: with one word kept per deletion, "perinal" would only ever lead to it
        Speller speller = new Speller(new java.util.LinkedHashSet<>(java.util.List.of("perianal", "perineal")),
                java.util.List.of());
        assertThat(speller.correct("perinial")).isEqualTo("perineal");
        assertThat(speller.correct("perinaal")).isEqualTo("perianal");
    }

    @Test
    void feverCountsFrom38CelsiusOr100point4Fahrenheit() {
        assertThat(urgency("temp 37.9 and my back hurts")).isEqualTo(Urgency.NONE);
        assertThat(urgency("temp 38 and my back hurts")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("38.5c and back ache")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("100.3 f and back ache")).isEqualTo(Urgency.NONE);
        assertThat(urgency("101 f and back ache")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("temp of 102, back pain")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("39 years old with back pain")).isEqualTo(Urgency.NONE);
    }

    @Test
    void bloodPressureCountsFrom160SystolicOr110Diastolic() {
        assertThat(urgency("headache and bp 159/109")).isEqualTo(Urgency.NONE);
        assertThat(urgency("headache and bp 160/90")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("headache, bp 150/110")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("bad headache. blood pressure 165 over 100")).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void diastasisCountsAfterEightWeeks() {
        assertThat(urgency("my tummy gap at 6 weeks")).isEqualTo(Urgency.NONE);
        assertThat(urgency("tummy gap at 10 weeks")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("ab separation and baby is three months")).isEqualTo(Urgency.PROVIDER);
    }

    @Test
    void emergencyAdviceHasHeadlineThenOneLinePerSignIncludingProviderSigns() {
        TriageResult r = rules.assess("i cant feel my bum and i have a fever of 39 with back pain", Region.US);
        assertThat(r.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.signs()).containsExactly("saddle_numbness", "fever_back");
        String[] lines = r.advice().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("emergency care now").contains("911");
        assertThat(lines[1]).startsWith("- Numbness between your legs").contains("nerves");
        assertThat(lines[2]).startsWith("- A fever");
    }

    @Test
    void providerAdviceNamesTheSign() {
        TriageResult r = rules.assess("my c section wound is red and oozing", Region.US);
        assertThat(r.urgency()).isEqualTo(Urgency.PROVIDER);
        assertThat(r.signs()).containsExactly("wound_infection");
        assertThat(r.advice()).startsWith("Please contact your midwife, doctor or provider today")
                .contains("A wound that is red or oozing");
    }

    /** Round-6 families, in new words: wishing to vanish, and leaking she does not know about. */
    @ParameterizedTest
    @ValueSource(strings = {
        "honestly i want to vanish forever",
        "some days i wish i could stop existing",
        "my wee comes out and i didnt know it was happening",
        "my legs have not been right since the epidural, cant lift them",
        "my chest went tight an hour ago, was fine since lunch but now its back and i cant breathe",
    })
    void indirectAndUnawareWordingsOfEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /**
     * Round-6 families, in new words: an episode told as over ("been fine since", "back to normal by the evening")
     * without a "but", a question asking what would follow from a sign, a gap measured closed.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "couldnt catch my breath during a panic attack two weeks ago, been fine since",
        "both legs were numb and weak for an hour after the spinal, back to normal by the evening",
        "what would happen if my c section scar got infected",
        "the physio checked my tummy gap at 12 weeks and its closed",
    })
    void overOrAskedAboutSignsDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Round-7 families, in new words: a block creeping higher, a fit told by who found her, her reading on a
     *  relative's machine. */
    @ParameterizedTest
    @ValueSource(strings = {
        "the spinal numbness is slowly moving higher and i cant lift either foot",
        "dh found me on the ground twitching and i dont remember it",
        "splitting headache, checked on my dads monitor and it says 172/114",
    })
    void round7EmergencyFamiliesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round-7 families, in new words: pregnancy said with "while" or a trimester, temper called a fit, an episode
     *  over "but ... normally for days". */
    @ParameterizedTest
    @ValueSource(strings = {
        "had a kidney infection with a fever while pregnant, my back is just achy now",
        "so short of breath in the second trimester, back is sore today",
        "i threw a proper fit at my husband about the bins",
        "needed a catheter for a day after the birth as i couldnt wee but been going normally for days now",
    })
    void round7LookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Mothers often ask about what they have in the generic "you" or as "a thing": the sign still counts (a false
     *  alarm costs less than a missed emergency). */
    @ParameterizedTest
    @ValueSource(strings = {
        "can you get numbness between your legs after an epidural",
        "is chest pain even a thing after a c section",
        "do women get fits after giving birth, i blanked out and shook earlier",
    })
    void signsAskedAboutInGeneralStillCount(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Pills looked at "to take them all", a head that feels it will burst with a high top number. */
    @ParameterizedTest
    @ValueSource(strings = {
        "keep staring at the packet of painkillers wanting to swallow the lot",
        "got all my tablets out and i keep thinking about taking them all",
        "my head feels like its going to explode and the top number was 170",
    })
    void pillsGatheredAndABurstingHeadWithHighPressureFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** A comma ends a "no" unless a list goes on with "or": chat drops the subject of the next clause. */
    @ParameterizedTest
    @ValueSource(strings = {
        "no temperature, legs gone heavy and weak since lunch",
        "not feverish, bottom and inner thighs numb since this morning",
        "no rash, chest tight and crushing when i lie down",
    })
    void aCommaEndsANegationBeforeANewSymptom(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round-8 look-alike families, in new words: one "no" over "or any", a pet's fit, a treatment or healing that
     *  ended it, a lost function that came back, a supposed case without "if". */
    @ParameterizedTest
    @ValueSource(strings = {
        "no numbness, weakness or tingling in my legs, only a sore back",
        "i havent got a temperature or any pus around the stitches, back is just stiff",
        "the cat had a seizure yesterday and the vet reckons it is epilepsy",
        "had a kidney infection with a temp of 39, a course of antibiotics got rid of it, back just achy now",
        "my stitches were weeping for a few days but theyre fully healed now",
        "i couldnt wee after the birth for a bit but it came back later that day",
        "supposing i got a crushing chest pain at night, would i call 911",
        "lets say my legs went numb after the epidural, is that an emergency",
    })
    void round8LookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** What the round-8 fixes must leave alone: her own fit told by others, a return that is a relapse, her legs
     *  when walking the dog. */
    @ParameterizedTest
    @ValueSource(strings = {
        "dh and my mum say i had a fit in the night and i bit my tongue",
        "the numbness in my legs went but came back the next day",
        "walking the dog this morning and both legs gave way",
    })
    void round8FixesLeaveEmergenciesAlone(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** A posture headache told with other words for bad and for gone. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my head is agony the moment i stand up and it vanishes when i lie down",
        "my headache is horrendous once im up out of bed and disappears when i lay back down",
    })
    void postureHeadachesInOtherWordsAreProviderSigns(String text) {
        assertThat(rules.assess(text, Region.US).signs()).contains("postural_headache");
    }

    /** Round-9 emergency families, in new words: a saddle "asleep" or with "pins n needles" where she sits, a wish
     *  to be gone told as the baby or family better with her gone, harming the baby told as nearly doing it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my lady bits feel like they have fallen asleep since this morning",
        "pins n needles in the part i sit on and my back is killing me",
        "everything down below has gone to sleep, started after lunch",
        "my daughter would be happier being raised by my sister with me out of the way",
        "honestly the kids would cope better with me not around anymore",
        "my son deserves a proper mum, he would be fine if i just wasnt in the picture anymore",
        "i was so wound up at 4am i almost shook her to stop the screaming",
        "i was so furious i nearly throttled him when he would not stop crying at 2am",
    })
    void round9EmergencyFamiliesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round-9 provider families, in new words: gallstone pain high on the right under the ribs, a section scar
     *  turning pink with cloudy fluid, numbness down the back of one leg with back pain. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a gnawing pain below my ribcage on the right hand side after i eat|gallstone_pain",
        "it hurts up high on the right of my stomach just under the ribs|gallstone_pain",
        "my section scar has gone pinker and theres cloudy fluid coming from one end|wound_infection",
        "cloudy fluid leaking out of my stitches since yesterday|wound_infection",
        "numbness travelling down the back of my right thigh into my foot and my lower back aches|back_pain_leg_numbness",
    })
    void round9ProviderFamiliesFire(String text, String sign) {
        TriageResult r = rules.assess(text, Region.US);
        assertThat(r.signs()).contains(sign);
        assertThat(r.urgency()).isEqualTo(Urgency.PROVIDER);
    }

    /** Round-9 look-alike families, in new words: someone else named first without "my", an episode that went by
     *  itself or is over now, a supposed case told in the past with "if", an ache from wearing the baby that a massage eased. */
    @ParameterizedTest
    @ValueSource(strings = {
        "grandma is 81 and has lost two inches in height, the doctor says her bones are thin",
        "a woman from my nct group couldnt wee for a day after her section, im doing fine",
        "nan is 75 and keeps shrinking, she has brittle bones",
        "my head ached for three days after the spinal and then faded away on its own",
        "had a uti with a high temperature a fortnight ago, done the course, feel brilliant now",
        "if the numbness spread into my foot would it be sciatica",
        "my upper back aches between the shoulders after a day of wearing the baby in the carrier, a back rub helped",
    })
    void round9LookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** What the round-9 fixes must leave alone: her own report after "if", a scar that is pink and healing with
     *  nothing else, the baby as object of a wish that is not about her gone. */
    @Test
    void round9FixesLeaveReportsAlone() {
        assertThat(urgency("if i went to the toilet nothing came out for hours")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("if i stand up my legs give way, would that mean its serious")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("my mum says my bum is numb from the birth but i cant feel the loo roll"))
                .isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("a friend came round and i had a fit in front of her")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("my back pain got worse every day this week, rest does not help")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("my c section scar is still pink, is that normal")).isEqualTo(Urgency.NONE);
    }

    /** A passive wish not to wake, told as a thought she would not act on, is still a self-harm thought. */
    @ParameterizedTest
    @ValueSource(strings = {
        "some nights i wish i could fall asleep and not wake up, i wouldnt do anything though",
        "keep thinking how peaceful it would be to go to sleep and never wake",
        "honestly it would be simpler if i slept and didnt wake up",
    })
    void aWishNotToWakeFires(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** A resolution or a closure denied still counts: "not been right since", "has not closed". */
    @Test
    void deniedResolutionsStillCount() {
        assertThat(urgency("my tummy gap has not closed at 12 weeks")).isEqualTo(Urgency.PROVIDER);
        assertThat(urgency("numb between my legs, has not been fine since the birth")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("my bum is numb and i cant feel when i wipe, is this a thing")).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round-10 families, in new wording: numbness returning and rising after the block, drowning pictured without
     *  the word, shoulder-blade pain whose usual explanation is denied, a back "put out" with numbness down the leg,
     *  wetting with its explanation denied. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the numbness had almost gone but now its coming back and rising up my thighs | EMERGENCY",
        "i keep imagining pushing her under the bathwater and it scares me | EMERGENCY",
        "i wet myself today and it wasnt from sneezing | EMERGENCY",
        "stabbing ache between my shoulder blades an hour after dinner, it isnt from holding the baby | PROVIDER",
        "think i put my back out lifting the car seat and now my right leg is tingling down to my foot | PROVIDER",
    })
    void round10FamiliesOfSignsFire(String text, Urgency expected) {
        assertThat(urgency(text)).isEqualTo(expected);
    }

    /** Round-10 false-alarm families, in new wording: a "no" over a list joined by "or", laughter and exasperation,
     *  legs "dead" after a day out, a plan asked ahead, a supposed wound change with the question after a comma,
     *  which form is worrying, a problem that sorted itself, a red graze, "swaddle" read as "saddle". */
    @ParameterizedTest
    @ValueSource(strings = {
        "i havent noticed any numbness in my bottom or trouble breathing, just asking about stretches",
        "we were giggling so much at the cat that i could barely breathe",
        "this teething is gonna give me a seizure lol",
        "my legs are absolutely dead from walking round the shops all day",
        "who should i phone if i go numb down below in the night",
        "if the epidural site began leaking pus, should i ring the hospital",
        "which back pains with a fever are worrying after a c section",
        "the catheter came out and i couldnt pee for hours, but that righted itself by teatime",
        "red graze on my calf from the brambles on our walk",
        "my fingers go tingly when i swaddle her at night",
        "the feeling is coming back in my legs now the epidural is wearing off",
    })
    void round10FamiliesOfLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Round-11 families, in new wording: urine coming out that she cannot stop, a wish not to be alive told as how
     *  easy it would be not to go back, back pain climbing day by day. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pee is leaking out of me and i cannot stop it at all | EMERGENCY",
        "drove past the reservoir today thinking how easy it would be to never go back | EMERGENCY",
        "the ache in my lower back has been climbing every day since the weekend | PROVIDER",
    })
    void round11FamiliesOfSignsFire(String text, Urgency expected) {
        assertThat(urgency(text)).isEqualTo(expected);
    }

    /** Round-11 false-alarm families, in new wording: a pet that cannot do something, someone else named with
     *  "'s" and no "my", a problem after an earlier baby, a plan asked ahead with "if i ever", an episode told at
     *  length and then said to have worn off. */
    @ParameterizedTest
    @ValueSource(strings = {
        "our cat couldnt control her bowels after the vet op, anyway best stretches for my back?",
        "boyfriends been spitting blood with his chest infection, im just achy",
        "after my last baby my c section wound got infected and leaked pus, this time its perfect",
        "what should i do if i ever cant wee after the birth, asking ahead",
        "my legs felt numb and wobbly for a good few hours after the spinal but that wore off the same evening",
    })
    void round11FamiliesOfLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Round-12 false-alarm families, in new wording: an infection the treatment cleared (told treatment last), sore
     *  chest muscles she puts down to a workout, a red mark she explains by a scratch, pins and needles in a foot
     *  from how she sat or knelt. */
    @ParameterizedTest
    @ValueSource(strings = {
        "the uti i had with a fever last month cleared up with a course of tablets, my back only aches from carrying the car seat",
        "my chest muscles ache after the push ups in my postnatal bootcamp, sore if i prod them",
        "red mark on my shin is where the cat scratched it, its not puffy or hot",
        "tingling in my foot after kneeling on the bathroom floor at bath time, and my back is a bit achy",
    })
    void round12FamiliesOfLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Round-12 sign family, in new wording: a headache that has gone on days without a break and that nothing
     *  helps; and what the round-12 fixes must leave alone: chest pain after the gym with no muscles named, a red
     *  swollen calf with no mark explained, pins and needles down a leg after sitting, a fever that came back. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "this headache has hung around three days in a row and nothing is helping | PROVIDER",
        "crushing chest pain after the gym | EMERGENCY",
        "my calf is red and swollen and hot | PROVIDER",
        "pins and needles down my leg after sitting at my desk and my lower back aches | PROVIDER",
        "i had a fever last week, it cleared with antibiotics but came back and my back is killing me | PROVIDER",
    })
    void round12FamiliesOfSignsFireAndReportsStay(String text, Urgency expected) {
        assertThat(urgency(text)).isEqualTo(expected);
    }

    /** The net reads only what the rules leave: pins and needles in a foot from how she sat must be set aside. */
    @Test
    void round12PositionalPinsAndNeedlesAreSetAsideForTheNet() {
        Screen.Reading r = rules.screen().read("pins and needles in my feet after sitting cross legged at soft play, fine now");
        assertThat(r.setAside()[r.tokens().indexOf("needles")]).isTrue();
    }

    /** The safety net reads only what the rules leave, so these must be set aside: someone else's episode told at
     *  length, a site said to look well, which form of a sign is worrying. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my sister couldnt feel her legs for ages after her spinal, will that happen to me | spinal",
        "the stitches look fine, not oozing or red | stitches",
        "which headaches after a spinal are serious | headaches",
    })
    void round10ContextIsSetAsideForTheNet(String text, String word) {
        Screen.Reading r = rules.screen().read(text);
        int i = r.tokens().indexOf(word);
        assertThat(i).isNotNegative();
        assertThat(r.setAside()[i]).as("'%s' set aside in: %s", word, text).isTrue();
    }

    /** What the round-10 fixes must leave alone: a sign there now after "what do i do if", "if ... still" or "if i
     *  cant", legs
     *  that look normal but cannot be felt, a seizure something gave her, legs that went dead on a walk. */
    @ParameterizedTest
    @ValueSource(strings = {
        "what do i do if this numbness in my bum gets worse",
        "if i still cant feel my legs tomorrow what should i do",
        "what should i do if i cant wee at all since this morning",
        "my legs look normal but i cant feel them",
        "the new tablets gave me a seizure last night",
        "my legs went dead after walking to the shop",
    })
    void round10FixesLeaveReportsAlone(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void noneHasNoSignsAndNoAdvice() {
        TriageResult r = rules.assess("is heat or ice better for my back", Region.US);
        assertThat(r).isEqualTo(new TriageResult(Urgency.NONE, java.util.List.of(), null));
    }

    /** Round-13 families, in new wording: intrusive thoughts told at length, discharge at the epidural site in lay words. */
    @ParameterizedTest
    @ValueSource(strings = {
        "awful thoughts come into my head that i could smother her with the blanket",
    })
    void intrusiveThoughtsToldAtLengthAreAnEmergency(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Shaking done to the baby is harm, not her own body's shaking: no seizure advice. */
    @Test
    void shakingTheBabyIsNotASeizure() {
        TriageResult r = rules.assess("images keep flashing up of me shaking him until he cant stop crying", Region.UK);
        assertThat(r.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.signs()).doesNotContain("seizure");
    }

    /** Provider signs said loosely: discharge, a denied explanation, a foot's with the apostrophe dropped, "shoots". */
    @ParameterizedTest
    @ValueSource(strings = {
        "there is greenish goo seeping from where the epidural went in",
        "sharp pain under my right shoulder blade after a fatty dinner, unrelated to nursing",
        "a burning pain shoots from my back into my thigh and my toes have gone numb",
        "my back aches and the sole of my foots gone numb",
    })
    void looselyWordedProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    /** Set aside: nausea put down to overeating, a question about signs, a supposed worsening, an old episode. */
    @ParameterizedTest
    @ValueSource(strings = {
        "felt sick from scoffing too many mince pies, and my lower back is sore from the pram",
        "what symptoms would mean my stitches are infected?",
        "if my backache got much worse, should i see a physio",
        "years ago i had a kidney infection with a fever",
        "before kids i had sciatica down one leg and bad back pain",
    })
    void explainedAskedSupposedOrOldSignsDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** A site named before its "isnt": the net must not read the bare site as the sign. */
    @Test
    void aSiteSaidNotToShowASignIsSetAsideWhole() {
        String rest = SafetyNet.remainder(rules.screen().read("the spinal site isnt hot or swollen, my back just aches"));
        assertThat(rest).doesNotContain("spinal").contains("back");
    }

    /** Round 14's false-alarm families, in new wording: someone else's episode, resolved ones, explained ones. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my cousin came to stay and she says she cant pee since her c section, what should she do",
        "a friend from my nct group told me she had chest pain for hours last night, how do i help her",
        "our cat vomited on the rug again and i have a sore back from cleaning it",
        "couldnt wee after my section, the nurse put a catheter in and its been fine for two weeks since",
        "both legs were numb from the spinal but the sensation came back by teatime, all fine since",
    })
    void roundFourteenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** ... and what the net would read near a sign is set aside with them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my foot went numb from kneeling on the nursery floor, came back after a few minutes of tingling|numb",
        "ache between my shoulder blades under the bra band, stops as soon as i take it off at night|shoulder",
        "which upper back pain signs mean i should ring an ambulance|pain",
        "my feet feel completely fine, just wondering what clots look like|feet",
    })
    void roundFourteenLookAlikesLeaveTheNetNothingToMatch(String textAndWord) {
        String[] parts = textAndWord.split("\\|");
        String rest = SafetyNet.remainder(rules.screen().read(parts[0]));
        assertThat(rest == null ? "" : rest).doesNotContain(parts[1]);
    }

    /** Real reports in the same words still fire. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my sister came over and she says i had a fit on the sofa, i dont remember it",
        "my mum is here and she says my legs look weird, i cant feel them and they are weak",
        "couldnt pee after the birth, they put a catheter in and now i cant pee again",
        "my legs were numb after the spinal, the feeling came back but now the numbness is creeping up to my belly",
        "my leg went numb sitting cross legged and the numbness came back after some tingling, now both legs are weak",
        "crushing pain in my chest that doesnt go away when i take my bra off",
        "both my legs are weak and numb, is that totally fine after an epidural?",
    })
    void roundFourteenRealReportsInSimilarWordsStillFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round 15: a sign told, then resolved or denied a sentence or a clause later, in pointing words. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my wee wouldnt come for a day after the section. since then everything has been normal",
        "the midwife asked if i had any numbness between my legs. nope, nothing like that",
        "are seizures common after birth? i dont have any, just curious",
        "had a temp of 38.4 on sunday with a cold. its all cleared up now. back is just achy",
        "the scar was oozing a bit in the first week. the gp said it was fine, and its healed up now",
        "is chest pain after a section normal? a friend asked. mine is totally fine",
        "couldnt feel my bum for a few hours after the birth, the feeling came back that evening",
    })
    void signsResolvedOrDeniedLaterDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** ... but a later sentence that is not a resolution, or a relapse, leaves the sign in place. */
    @ParameterizedTest
    @ValueSource(strings = {
        "i cant feel anything between my legs. its gone numb since this morning",
        "couldnt pee after the section. it went away but now i cant go again",
        "my husband says i had a fit on the sofa. i dont remember any of it",
        "urine just comes out and i cant stop it. i dont feel it at all",
        "both legs gave way on the stairs and i fell. the baby is fine now",
        "numb down below since lunch. i thought it would have gone by now",
        "my legs went numb and weak after the epidural, it was gone when i lay down but came back",
    })
    void laterSentencesThatDoNotResolveLeaveTheSign(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round 15's other families: someone else's friend, a relative who fell, what staff told her, a fit told by a witness. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my aunt rang about her neighbour who got chest pain and could not breathe after her baby",
        "nan slipped and broke her hip so ive been lifting her, my back hurts",
        "the leaflet says to look out for pain under the right ribs with gallstones, anything else?",
        "my friend has epilepsy and takes her meds, is it safe for me to carry the baby in a sling?",
        "my back is way better now than last month, improving every week",
    })
    void roundFifteenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "they told me the scan showed a collapsed vertebra and i should see my doctor",
        "ive shrunk nearly 2 inches since last year and im still breastfeeding",
        "back pain is a lot worse this week than last week",
        "my lower back keeps creeping up in pain every day",
    })
    void roundFifteenProviderWordingsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @Test
    void aFitToldByWhoeverSawItIsAnEmergency() {
        assertThat(urgency("my mum says i was twitching on the bed and my eyes rolled back, i wasnt answering her"))
                .isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("dh says i was jerking and didnt answer him for a minute")).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round 16: emergencies in other grammar, as someone writes who is not a native speaker. */
    @ParameterizedTest
    @ValueSource(strings = {
        "i no can breathe good since one hour",
        "not able to take the air, chest is tight",
        "my head hurt too much and my words come out mixed up",
        "from this morning i not feel down there when i wipe",
        "the heart region hurts strong and wont stop",
        "both legs no strength, i cannot stand",
    })
    void emergenciesInOtherGrammarFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round 16's look-alikes: a bare "no" after a question, pets, in-laws, patients, childhood, years, a colon. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Numbness down below? No. Just the usual back ache.",
        "the cat weed on the sofa again, my back hurts from scrubbing",
        "my father in law had a stroke with confusion and a bad headache, how do i help my husband",
        "our patient has a fever and back pain after her epidural, which leaflet do we give",
        "i had fits in childhood, none since, is an epidural ok next time",
        "had my gallbladder out back in 2018, now just an ache from lifting",
        "my brother has pneumonia: coughing blood, high fever, chest pain. how do i stay well for the baby",
        "broke my back in a car crash at 19, healed completely. now just normal postpartum aches",
    })
    void roundSixteenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** ... and the same words about herself still fire. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Numbness down below? Yes, since this morning, I cant feel the toilet paper.",
        "my sister in law is here, she says i had a fit and i was not answering",
        "my patient ward friend says i look grey, i cant breathe properly",
        "i had fits in childhood and tonight i had a seizure again",
    })
    void roundSixteenReportsStillFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round 17: red flags told calmly or minimised, and a fit whose recency outweighs "i'm ok now". */
    @ParameterizedTest
    @ValueSource(strings = {
        "had a seizure about an hour ago, feeling ok now just wiped out",
        "i had a fit this morning but im fine now, baby is 6 days",
        "sorry to bother you but my chest feels like a weight is pressing on it",
        "the epidural numbness is creeping up rather than wearing off",
        "my inner thighs and bum have felt dead since this afternoon",
        "wee keeps coming out by itself and i cant stop it",
        "keep having thoughts about jumping off the bridge near us",
    })
    void minimisedOrRecentEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Round 17's look-alikes: what an article or list says, figures of speech, a treated fever, last time. */
    @ParameterizedTest
    @ValueSource(strings = {
        "the leaflet mentions numbness between the legs as urgent, what exactly is that area?",
        "why would chest pain be a warning sign after a section? just reading",
        "can you explain what a postural headache is",
        "my laptop had a seizure and deleted my photos",
        "had a fever with mastitis, went after the antibiotics, temperature normal now, back just stiff",
        "got a spinal headache last time, how can i lower the chance this time",
    })
    void roundSeventeenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Rounds 18-20: self-harm and harm to the baby in indirect words. */
    @ParameterizedTest
    @ValueSource(strings = {
        "some nights i pray i just wont wake up",
        "driving home i kept thinking about yanking the wheel into the barrier",
        "i keep thinking about jumping out of the bedroom window",
        "spent the night googling ways to go quietly",
        "i know exactly how i would do it",
        "please i need someone to stop me",
        "i smacked her tonight when she wouldnt stop and im scared i will do it again",
        "does anyone else want to end it all some days",
        "everyone would be better off without me, me gone for good",
    })
    void selfHarmInIndirectWordsIsAnEmergency(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** A woman named as having had the baby is the mother, whoever writes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my daughter had her baby last week and now she cant feel anything between her legs",
        "my wife just had twins and says her chest feels crushed",
        "my sister gave birth on monday and had a fit an hour ago",
    })
    void aMotherWrittenAboutByFamilyGetsTheAdvice(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** Rounds 18-20: other red flags in new words. */
    @ParameterizedTest
    @ValueSource(strings = {
        "cant wee since last night even with the running tap trick",
        "the feeling was wearing off after the spinal but now it is coming back and the numbness creeps up my legs",
        "the catheter came out this morning and i still havent passed any urine",
        "out of breath just talking on the phone and my heart is racing",
        "legs were ok at lunch but now theyre getting numb and weak from the toes up",
    })
    void roundsEighteenToTwentyEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ache under my right boob every evening after tea",
        "throwing up and cant keep water down, pain right at the top of my stomach",
        "my back pain went from annoying to unbearable this week",
        "still doming down the middle of my tummy at 12 weeks",
        "the scan showed a crack in a spine bone, they called it a compression fracture",
    })
    void roundsEighteenToTwentyProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "these stairs are suicide with a buggy, how do i lift it without hurting my back",
        "drowning in washing and my back aches",
        "bone density results came back normal, so what else helps the back",
        "my back is literally dying lol any stretches",
        "at 4 weeks there is still a small gap in my tummy, is that ok",
        "the baby had some blood in her spit up from my cracked nipple, the gp said fine",
        "could it be a kidney infection? no fever and no burning, just a sore back",
        "after the birth my legs were numb for a few hours, completely normal now and back at the gym",
    })
    void roundsEighteenToTwentyLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Rounds 21-23: a resolution undone later in its sentence, and a first time told as "never before". */
    @ParameterizedTest
    @ValueSource(strings = {
        "the numbness between my legs wore off yesterday but it came back tonight",
        "the chest pain eased off after an hour but now its back and worse",
        "the urges to hurt myself faded for a while but theyre back since the weekend",
        "i was weeing fine for a day but since tea time i cant pee again",
        "i had a fit this afternoon. ive never had one before",
        "my partner cant feel her bottom since this morning, what do we do",
        "partner 39 second baby, she has a pounding headache and her bp is 170/115",
        "my wife says the kids would be better off without her and has been staring at her pills",
        "chess pain and my left arm feels heavy",
        "neither leg will hold my weight since the spinal",
    })
    void relapsesAndFirstTimesKeepTheSign(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the numbness from the spinal wore off and the feeling came back by lunch",
        "had a headache after the epidural, it went after a coffee and a nap",
        "i had a migraine with flashing lights in march, none since",
        "the bruise at the epidural site has completely faded",
        "the midwife asked if i felt like hurting myself, i said no",
        "is there a link between epidurals and numb legs? mine were fine",
        "i shook so much after the birth i thought i was having a fit, the midwife said it was normal",
        "dreamt i couldnt breathe and woke up in a panic",
        "sitting on a fit ball helps my back",
        "the chiropractor cracked my back and it felt great",
        "havent had a chance to go to the loo all morning lol",
        "what counts as high blood pressure after birth? mine was 120/80",
        "the headache hasnt come back since the blood patch",
    })
    void roundsTwentyOneToTwentyThreeLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Rounds 24-26: red flags in stories, in fragments, told by a witness or with "i didnt" about an act. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my sister says i was twitching and foaming at the mouth and i cant remember any of it",
        "i pictured holding a pillow over her face. i didnt. but i keep thinking it",
        "i wet through my pyjamas in my sleep and never felt it, back agony",
        "need a wee so badly but nothing comes out since 6am",
        "my husband told me i went blue and couldnt breathe for a minute",
        "my wife told me she wants to end her life and has been looking at her pills",
    })
    void roundsTwentyFourToTwentySixEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the hole where the epidural went in is red and puffy and sore",
        "at my check i measured 3 cm shorter than before and my back aches",
        "head hurts sitting up but fine lying flat since the spinal",
    })
    void roundsTwentyFourToTwentySixProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "breathing is normal, no chest pain, just tight shoulders from feeding",
        "had to catch my breath from laughing at the baby",
        "cant even go for a pee without the baby crying",
        "the cat weed on the duvet again",
        "spent all night cleaning up sick after the toddlers bug, my back is sore",
        "my bestie had a seizure at the party, she is fine now, im just shook",
        "my mother in law keeps telling me she couldnt walk for a day after her epidural in the 90s",
        "someone from my nct group had a spinal fracture from breastfeeding, mine is just a mild ache",
        "the leaflet says not being able to pee means call an ambulance, what else should i know",
        "is numbness down below serious? asking before my induction",
        "if i cant pee after the birth will they put a catheter in",
        "the physio says the gap usually closes by 12 weeks, im at 6",
        "couldnt wee straight after the birth, they used a catheter and since then everything works",
    })
    void roundsTwentyFourToTwentySixLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Rounds 27-29: emergencies in new words, and resolutions that a relapse or a time undoes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "keep trying but no wee comes out and my tummy is swollen",
        "so puffed walking to the loo i had to lie on the floor",
        "i can only get a few words out before i need a breath",
        "pooed my knickers and didnt feel it happen",
        "my wife says she has been thinking of killing herself",
        "keep having fits since this morning, husband saw two",
        "the numbness between my legs went after a nap but came back worse tonight",
    })
    void roundsTwentySevenToTwentyNineEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my back seized up lifting the pram, now just stiff",
        "had a fit of giggles at dh trying to swaddle",
        "the baby is asleep on my chest and my back aches",
        "what kind of headache after an epidural is serious?",
        "how do i know if my scar is infected? it looks fine",
        "temps normal for 4 days now after the mastitis, back is just sore",
        "the headache went after a good sleep and hasnt come back",
        "my stitches sting a bit when i wee, midwife says theyre healing",
        "the bruise at the epi site faded the next day and looks normal now",
        "i was breathless in late pregnancy but i can breathe properly again now",
    })
    void roundsTwentySevenToTwentyNineLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Rounds 30-32: emergencies in new words, and a bare "i havent" that answers something else. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my bottom and inner thighs are numb like i sat in snow, except i havent, since lunch",
        "on the loo half an hour and not a drop.",
        "crushing pressure behind my breast bone going into my jaw",
        "breathing feels like sucking air through a straw",
        "my blood pressure is 170 over 112 and i have a pounding headache",
        "cant tell when i need a number two anymore and found it in my pants",
        "my wife has a bad headache and keeps asking the same questions over and over",
    })
    void roundsThirtyToThirtyTwoEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /**
     * Rounds 30-32's other families: a woman said anywhere to have had the baby is the mother (the 'void' of the kin
     * category), a chest held or catching on a breath, a pain in the head, relief told before the posture.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my sister fainted and her arms and legs were jerking for a minute. she had the baby on monday",
        "my friend keeps saying she wants to end her life. she gave birth in october",
        "our daughter told me she has no feeling down below at all, she is postpartum",
        "my wife is gripping her chest and cant talk properly",
        "my chest catches when i take a deep breath and its getting worse",
        "pressure 168/112 and a horrible pain in my head",
    })
    void roundsThirtyToThirtyTwoFamiliesEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "back pain is 9/10 today and i can barely sleep",
        "ibuprofen does nothing for my lower back anymore",
        "cant bear weight on my left hip since yesterday, deep ache",
        "felt a snap in my back and now it hurts to move, still feeding her at 5 months",
        "its like a hot rock under my right ribs and then im sick",
        "lying down makes it go away but my head pounds when i stand, epidural on friday",
        "abs dome out when i sit up and baby is 10 weeks",
        "hubby spotted that my epidural site is puffy and leaking",
    })
    void roundsThirtyToThirtyTwoFamiliesProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my friend couldnt wee after her birth and needed a catheter, is that common?",
        "my neighbour had a seizure after her birth, can it happen weeks later?",
        "cant breathe im laughing so much at his face",
        "my back pain was 9/10 the first week, now its 3/10",
        "bladder control is great now, the physio is happy",
        "had a fever and back pain in hospital, antibiotics given and its been normal ever since",
        "mw asked if my legs were numb, theyre not",
        "carrying the toddler on my hip all day makes it ache",
        "my back is sore, 5/10 most days",
    })
    void roundsThirtyToThirtyTwoFamiliesLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /**
     * Rounds 33-35: signs told by what she notices or cannot do, non-native wordings, a partner who turns out to be
     * "her", and resolutions, supposed cases and information questions in new words.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my thighs are getting more and more numb since the epidural came out",
        "my legs just crumpled under me on the stairs and i cant get up off the floor",
        "i keep losing time and my arms jerk, happened twice today",
        "i get the urge to throw her off the balcony and it scares me",
        "awful headache and i keep losing track of what im saying",
        "my private area has no sensation since this afternoon",
        "14 hours without a wee and my tummy is rock hard",
        "tried everything, still cant pee, nothing since 5am",
        "my wife is panting even while she is not moving",
        "my partner cant feel her bum at all, started an hour ago",
        "the pressure machine says 165/112 and there is a pain of the head",
        "breathing has got a lot worse tonight",
    })
    void roundsThirtyThreeToThirtyFiveEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sharp ache right between my shoulder blades at night, i cant get comfortable to feed",
        "i am 3 inches less than before i got pregnant",
        "theres a bulge down the centre of my tummy and he is 4 months",
        "still a hole in my tummy muscles at 12 weeks",
        "my lower back pain is so strong i cannot stand up straight",
        "severe back pain, much worse than in my pregnancy",
        "my height is 3 cm less now and my spine aches",
        "the doctor say me i have a fractured spine",
        "lower back pain and my right leg keeps sleeping",
        "writing for my partner, her scar is hot and oozing",
    })
    void roundsThirtyThreeToThirtyFiveProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "gp said i might get breathless from the low iron but im fine",
        "if my back pain gets worse do i see the gp or the physio?",
        "i can wee without any trouble, its just my back",
        "zero numbness, zero weakness, just a stiff back",
        "i can feel everything down below normally, just asking",
        "peeing without pain now, the antibiotics worked",
        "had a uti with a fever last month, now completely cured",
        "the epidural spot was red for a day but it faded",
        "i felt breathless after the birth but it passed",
        "my stitches looked sore at the check but the midwife said they have healed nicely",
        "why is coughing blood listed as an emergency on the leaflet?",
        "is losing height after a baby a myth?",
        "will i get a spinal headache next time with the epidural?",
        "how many days until a fever counts as serious?",
        "if ever i get numb down below what do i do",
        "my calves look the same size and colour, just checking",
        "my temp was 37.1, i thought i had a fever but i dont",
        "nothing wrong with my bladder at all, just my back",
        "i was wheezy with a cold, not anymore",
        "the midwife says my uterus is shrinking nicely",
        "nearly broke my back carrying the car seat lol",
        "breastfeeding in bed gives me an ache between the shoulder blades",
        "my partner has flu and a high temperature, his back aches too",
    })
    void roundsThirtyThreeToThirtyFiveLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /**
     * Rounds 36-38: voice typing and buried signs, numbers without units, clinicians' findings, mixed languages,
     * and look-alikes that read from the article or tell of something over.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "i think i had a sees your earlier",
        "i bit my tongue and i dont remember it",
        "started cutting myself again this week",
        "they would all be better off if i just died",
        "i have not passed any urine since last night",
        "cant do pipi since this morning and my belly is tight",
        "the bladder scan showed a litre in there and i still cant get it out",
    })
    void roundsThirtySixToThirtyEightEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cant put weight on my hip at all, no injury",
        "38.9 last night and my back aches, shivering",
        "my head and neck kill whenever i stand, better lying down, epidural tuesday",
        "my head aches when upright and is fine flat since the spinal",
        "sitio de la epidural is red and hot",
        "mi pantorrilla is red and swollen",
        "my skull feels squeezed when i sit up, eases lying down, had an epi on monday",
        "heads throbbing for 3 days and seeing flashing lights",
    })
    void roundsThirtySixToThirtyEightProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i read the part about saddle numbness and got scared, i feel fine",
        "the coughing blood section made me nervous, im totally fine",
        "does numbness after an epidural really mean nerve damage?",
        "had mastitis with a fever 3 weeks ago, all sorted, just back ache now",
        "the physio said the gap had closed by my 8 week check",
        "my head was pounding but it went after i slept",
        "ive peed loads today, all good",
        "had an awful headache after the epidural. its been gone for days now",
        "the wound was red at first but its all calm and dry now",
        "fever nahi hai, bas back pain",
        "37.2 this morning, just a sore back",
        "the cats wound looks red and swollen, off to the vet",
        "my foot went to sleep sitting cross legged while feeding",
        "sciatica in my 3rd trimester but it went after delivery",
        "if my scar gets red is that something to ring about? its not",
    })
    void roundsThirtySixToThirtyEightLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /**
     * Rounds 39-41: hedged and follow-up reports, slang, a writer who introduces themselves, explanations denied inside
     * the explanation, and look-alikes told with test results, dashes and a bare "nothing".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "keep soiling myself and cant tell when its coming",
        "my husband typing, she had a big fit on the kitchen floor",
        "numb feet earlier, now its up to my thighs, had a spinal",
        "i cant wiggle my feet since the epidural",
        "my ticker is pounding and hurts",
        "tight squeezing pain behind my breasts and im sweating",
        "my head is way worse and i keep mixing up my words",
    })
    void roundsThirtyNineToFortyOneEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the hole from my epidural needle is red and puffy",
        "bottom of my spine is 9/10 and i have to crawl up the stairs",
        "theres a valley down the middle of my tummy, baby is 6 months",
        "a dome down the centre of my belly and my son turned 1 today",
        "back pain going up day by day",
        "pain between my shoulder blades even when im not feeding",
        "my right shoulder blade aches after meals and changing how i feed makes no difference",
        "a throbbing at the back of my head when i sit up, eases when i lie down",
    })
    void roundsThirtyNineToFortyOneProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "numbness down there - none, just a sore back",
        "ive been reading about saddle numbness, i feel normal",
        "physio confirmed the gap had closed by 12 weeks",
        "my eldest has a sore swollen calf from football",
        "i had a tight chest that turned out to be reflux",
        "whats the difference between a normal headache and a worrying one?",
        "went to a&e with chest pain, ecg all normal, its gone today",
        "the pain under my ribs was just trapped wind",
        "burning pee stopped after drinking lots of water",
        "my birth story: epidural, couldnt feel my legs for a few hours, then fine",
        "my boobs are so full they hurt, chest feels tight",
        "couldnt catch my breath from laughing",
        "nothing down there feels numb, only my back",
        "hips sore from sleeping on the sofa",
        "i can pee whenever i need, no problems",
        "the midwife said my gap closed by 9 weeks",
    })
    void roundsThirtyNineToFortyOneLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /**
     * Rounds 42-44: signs told calmly or as "is it normal", mixed with other people and the past; figures of speech
     * and information questions in new words.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "her head is so bad and the cuff said 170/112",
        "my girlfriend is 3 weeks pp and she told me shes been thinking about ending her life",
        "was shaking all over and couldnt speak for a few minutes",
        "ive tried and nothing happens, and i havent had the urge to wee all day",
        "the feeling in my bum hasnt come back since this morning",
        "i feel like cutting myself again",
        "out of breath walking from the sofa to the kitchen, last week i was fine",
        "not feeling anything on my bits when i wipe",
    })
    void roundsFortyTwoToFortyFourEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the needle mark from the epidural has a lump thats getting bigger",
        "cant sit through a feed without the ache between my shoulder blades, and i feel sick",
        "i cant even stand at the cooker because of my lower back",
        "theres a bulge in my middle and baby is 12 weeks",
        "the spot where they did the epidural is red and swollen",
    })
    void roundsFortyTwoToFortyFourProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i read online that you can lose height, is that true?",
        "is back pain ever a sign of a clot?",
        "how is a rigor different from a seizure?",
        "my partners snoring makes me want to smother him",
        "my chest feels tight with love looking at him",
        "the car repair bill gave me chest pains lol",
        "couldnt breathe through my nose with this cold",
        "had a blood patch for the headache and its been gone for a week",
        "the lady in the next bed had a seizure, im fine",
        "what do i do if my legs go numb after an epidural? hypothetical",
        "had a fever 3 weeks ago with flu, long gone",
        "the gap is still there at 4 weeks, is that ok?",
        "i had a numb bum after the epidural. that was 3 weeks ago",
    })
    void roundsFortyTwoToFortyFourLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    /** Rounds 45-47's emergencies: euphemism, analogy, a grandmother writing, a blood pressure told top and bottom. */
    @ParameterizedTest
    @ValueSource(strings = {
        "no pee at all today and ive had loads to drink",
        "nan here, my daughter is coughing up blood since this morning",
        "my bits feel like cardboard, i poke and nothing",
        "a motion came out by itself in the queue at the shop",
        "my bladders gone on strike since breakfast",
        "both legs, i can barely shift them this morning",
        "feels like a man is kneeling on my chest",
        "panting and ive only walked from the sofa to the kitchen",
        "there isnt enough air, i keep gulping",
        "i blanked out and started thrashing, lost a few minutes",
        "thinking about unaliving myself",
        "machine says 165 on top and 112 on the bottom and my head is pounding",
        "sat with the pills in my hand for an hour",
        "keep thinking about going under in the bath and not coming up",
    })
    void roundsFortyFiveToFortySevenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "back pain every day worse since the birth",
        "a stitch under my right ribs that wont go and i havent been running",
        "ache in the pit of my stomach every night after tea",
        "my back is a bit of a pain. i had to crawl to the bathroom this morning",
        "the scan showed a vertebra has collapsed a bit",
        "theres a ridge like a sausage roll running down the middle of my tummy, baby is 4 months",
        "the epidural lump is swollen and getting sorer",
        "cant shift this headache, day 4 now",
    })
    void roundsFortyFiveToFortySevenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cant say ive noticed any numbness in my legs",
        "nothing is coming out of the wound, its healing",
        "this weather is so suffocating, how do i keep her cool",
        "what do i do if i cant wee after the birth? for my birth plan",
        "my leg went to sleep on the hard hospital chair",
        "i cant breathe hes so gorgeous",
        "i crack my back every night and it feels amazing",
        "my phone screen is cracked again",
        "the midwife checked for numbness and all was well",
        "is hip pain a sign of something? asking for my nan",
        "the leaflet has a list of red flags like chest pain and fits, should i keep it on the fridge?",
        "dh says ive shrunk, measured and its the same height as before",
        "my hips ache a little in the evenings",
    })
    void roundsFortyFiveToFortySevenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not had a pee in about 16 hrs and my tummy feels tight",
        "i dont think ive done a wee since breakfast",
        "i keep trying on the loo and nothing comes",
        "im bursting for the toilet but it just wont come",
        "pee dribbles out and i cant feel it or control it",
        "she just had another seizure on the sofa",
        "my bits feel like theyre wrapped in plastic, i cant tell if im wiping",
        "both my legs will not support me this morning",
        "sharp pressure around my heart area since lunch",
        "its like im breathing through a wet towel",
        "i started cutting my wrist again last night",
        "awful headache and i couldnt figure out where i was in the supermarket",
        "my head hurts worse than childbirth did",
        "a few things: baby wont settle, my nipples are sore, and theres blood when i cough",
        "i passed out and my arms kept jerking, my partner says",
        "no temperature no headache just cant pee at all",
    })
    void roundsFortyEightToFiftyEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a dull ache high up in my belly every evening after dinner",
        "the spot where the needle went in is red and sore",
        "my head has throbbed for the 4th day running",
        "headache all week, tablets do nothing for it",
        "my tummy separation is still there and hes 12 weeks",
        "burning pain radiating down my thigh and my foot is numb",
        "tingling from my back into my knee",
        "my backs been terrible and my left leg is numb",
        "headache with stars in front of my eyes",
    })
    void roundsFortyEightToFiftyProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "will chest pain ever happen with a bad back after birth?",
        "how would you recognise a clot in the leg",
        "im so scared of developing gallstones like my mum",
        "what should someone do if a mum has thoughts of hurting herself, for a leaflet",
        "i heard women can lose height breastfeeding, is that true",
        "i thought id fractured my spine falling on the stairs but it was bruising",
        "i got so dizzy i felt like i couldnt breathe, it passed in a few minutes",
        "the burning was thrush, the tablets are working",
        "my wound was weepy last week, its now dry and healed",
        "my tailbone pain disappeared when the baby was born",
        "the bruise around the epidural site cleared by the next day",
        "my mate broke her back years ago and is fine",
        "back sore from lugging him on one hip all day",
        "popped into the fracture clinic for my wrist, my back is aching after",
        "my knees turned to jelly when i read the nursery fees",
        "felt sick at the smell of the bins, back a bit achy",
        "pain turned out to be heartburn and the gallbladder scan was clear",
        "my legs were weak for a day after the section, im walking miles now",
        "hips fine, just a sore lower back",
        "no numbness just an achy back",
        "stiff back from the terrible hospital mattress",
    })
    void roundsFortyEightToFiftyLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "forgot to mention, my chest has been crushing since lunch",
        "my wife just had a seizure on the bed, shaking with her arms stiff",
        "intrusive thoughts keep coming, about suffocating her with the blanket",
        "sometimes i think about throwing myself off the balcony",
        "no fever no rash just tingling and numb between my legs",
        "dolor de cabeza terrible y estoy confundida, i dont know what day it is",
        "seene mein dard, going to my jaw",
        "no puedo respirar bien since an hour",
        "hindi makaihi since last night, bursting",
        "my legs are without strength, i cant get up",
        "bad pain in head and bp 168 over 112",
    })
    void roundsFiftyOneToFiftyThreeEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "xray showed a small crack in one of the lower vertebrae",
        "my backache has worsened all week",
        "back pain worse every single morning",
        "kamar dard har din badh raha hai",
        "fiebre y dolor de espalda desde ayer",
        "masakit ang ulo and my vision is blurry",
        "pindli mein sujan aur laal",
    })
    void roundsFiftyOneToFiftyThreeProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my partner jokes that im shrinking, im not",
        "i keep imagining the worst, like a broken spine, but its only a stiff back",
        "the midwife said come back if the site gets red",
        "physio said wait until 8 weeks before worrying about the gap",
        "can back pain ever be a sign of a fracture? just curious",
        "what if the ache in my lower back is actually something serious, it isnt getting worse",
        "the burning when i wee stopped after the antibiotics",
        "the swelling in my feet has gone down now",
        "the fever was my sons, not mine",
        "is numbness in the leg a sign of sciatica? my husband has it",
        "my nans bone scan showed a fracture",
        "in my last pregnancy i couldnt wee after the birth, this time fine",
        "checked both calves and both legs are the same",
        "feeling is normal down below",
        "mi hermana tuvo fiebre y dolor de espalda, im fine",
        "nie mam goraczki, just sore back",
        "hubby reckons i was having a fit when the pram wouldnt fold",
        "which signs need a doctor, like chest pain or numbness down below?",
        "measured myself at the gp, same as always",
        "my legs are dead after climbing the hill with the buggy",
    })
    void roundsFiftyOneToFiftyThreeLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ive worked out how id do it and i dont feel safe with myself",
        "i couldnt tell if the shower was hot or cold on my bum and between my legs",
        "the bed was wet with wee this morning and i didnt feel it happen",
        "the mattress was soaked with pee and i had no idea, never happened before",
        "the oxygen clip on my finger reads 89 and im breathless",
        "im puffing just lying in bed",
        "my partner found me on the kitchen floor shaking and i dont remember it",
        "my head is pounding and i keep losing track of where i am",
        "i keep picturing a pillow over los face",
        "the numbness from the epidural is getting worse, not better",
        "kopfschmerzen und blutdruck 170/115",
        "mal de tete horrible, tension 168/112",
        "tou teng and i dont know what day it is",
    })
    void roundsFiftyFourToFiftySixEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my head has ached every day since monday",
        "fievre 38,9 et mal au dos",
        "mal di schiena and my right leg is numb",
        "dor de cabeca and i see flashing lights",
        "the epidural place is red and sore",
    })
    void roundsFiftyFourToFiftySixProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kein Fieber, just a sore back from stillen",
        "pas de fievre, pas de douleur a la poitrine, only my back",
        "mein Mann hat Brustschmerzen from the gym, im fine",
        "my shy bladder wouldnt let me wee in front of the nurse",
        "how do i stop my back pain getting worse when i carry him",
        "they took the catheter out and since then i pee normally",
        "my chest is sore after the gym, pushups day",
        "my boss is a real headache",
    })
    void roundsFiftyFourToFiftySixLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my wife had our daughter a week ago and now she cant feel her bum at all",
        "mum of a new mum here, my daughter cant stop thinking about ending her life",
        "my daughter is gasping for air, she had a c section 5 days ago",
        "my sister who is 2 wks postpartum has lost control of her bladder since this morning",
        "my sons wife had a seizure an hour ago",
        "my friend is 10 days pp and her legs keep giving way, both of them",
        "she cant pee, not a single drop since lunch, my girlfriend had the baby tuesday",
        "my partner says she cant move her legs. this isnt normal no?",
        "keep thinking about driving my car into a tree",
    })
    void roundsFiftySevenToFiftyNineEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the tummy gap is still wide and baby is 5 months",
        "the skin round my epidural is red and sore",
    })
    void roundsFiftySevenToFiftyNineProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my cousin is 2 weeks pp and her calf is red and swollen, i told her to call her midwife",
        "chest pain? none whatsoever, just my back",
        "numbness down there - thankfully zero",
        "cant walk far and gets breathless, thats my dad after his op",
        "high fever all night and wont settle, the baby i mean",
        "i almost had a seizure when i saw the bill",
        "bored numb by the night feeds",
        "my toes went numb from the cold on the school run",
        "my sisters c section wound got infected after hers, how do i avoid that",
    })
    void roundsFiftySevenToFiftyNineLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "q: can you wee ok? a: no, nothing since this morning",
        "able to pass water? nope, not since lunch",
        "can u control ur bladder? no it just leaks without me knowing",
        "can you feel the paper when you wipe? no",
        "q: any thoughts of ending your life? a: yes, most nights",
        "bp was one seventy two over a hundred and twelve and my head is pounding",
        "severe headache and the reading said one sixty five over one ten",
        "i have no feeling round my bottom and my vagina since this afternoon",
        "it started as tingling and now nothing at all down below when i wipe",
        "my nether regions are without any sensation",
        "after the spinal my legs are weak and heavy, the midwife said it should have worn off by now",
    })
    void roundsSixtyToSixtyTwoEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "temperature thirty nine point one and my lower back is killing me",
        "fever of a hundred and one since last night with back ache",
        "my right calve is hot and puffy",
        "upper right tummy pain? yes, every evening after food",
    })
    void roundsSixtyToSixtyTwoProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "temp? no. leg numbness? nope. wees fine? yes. just achy",
        "Q: any weakness in your legs? A: no. Q: any chest pain? A: no",
        "can you pee ok? yes all good",
        "checklist from the midwife: headache no, chest pain no, fever no, back ache yes",
        "numb down below: no, bladder: fine, calves: no swelling",
        "losing bladder control? not at all thankfully",
        "the woman in the bed opposite had a fit, im fine though",
        "the mum next to me in the bay was fitting last night",
        "had really dark thoughts about hurting myself back then, years ago, all good now",
        "is leg weakness something to worry about?",
        "are headaches after a spinal ever normal?",
        "the leaflet question asked about chest pain, i ticked no",
        "my mum thinks ive lost height but i measured and its unchanged",
        "should i be concerned about fractures from breastfeeding?",
        "had pre eclampsia with my first, this time my readings are 120/80 and my head is sore",
        "headache all week, bp 132/86 at the pharmacy, no vision problems",
        "what temperature counts as too high after a section? i am 37.4",
        "epileptic but no seizures for years, can i do pilates",
        "my legs are tired? no, they are fine, just my back",
    })
    void roundsSixtyToSixtyTwoLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i keep thinking about taking my own life tonight",
        "lowkey wanna kms rn",
        "im terrified ill harm the baby, i keep picturing it",
        "i have these thoughts of hurting my daughter and im scared i might act on them",
        "there is a total absence of feeling in my back passage since this morning",
        "I would describe it as no sensation in the area I sit on, with my back pain",
        "my lower limbs are feeble and I cannot manage the stairs",
        "I can no longer control my bowels since yesterday",
        "tryna wee for ages and nothing is happening",
        "my legs recovered after the spinal but now both are going weak again",
        "pounding headache and my partner says i called the baby by the wrong name twice",
    })
    void roundsSixtyThreeToSixtyFiveEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the nurse measured me, 4 cm smaller than before i was pregnant, and my back aches",
    })
    void roundsSixtyThreeToSixtyFiveProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my laptop keeps having a seizure when i open the app",
        "that video had me weeing myself haha",
        "the toddler is giving me a proper headache today",
        "is it a fit when the baby twitches in her sleep? the gp said it is normal",
        "i was worried it was a clot but the scan said no, just a pulled muscle",
        "does chest pain happen from anxiety? just curious",
        "does numbness down below happen after a forceps delivery?",
        "they told me to call about any headache that wont go, i have not had one",
        "had a temperature of 38.4 after the birth which was treated with antibiotics, fine since",
        "the vomiting stopped after a day, kids had the same bug",
        "the feeling in my legs came back fully after the epidural wore off",
        "my legs feel completely normal now, only my back is sore",
        "i can feel when i need the toilet now, all good",
        "the baby naps on my chest all afternoon and my back aches",
        "the gap is less than one finger now",
        "the red mark on my calf is from a mosquito bite",
    })
    void roundsSixtyThreeToSixtyFiveLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "worst headache of my life and im struggling to find the right words",
        "my head is killing me and i cant remember what day it is",
        "i stood on the balcony with her wanting to let go",
        "i keep thinking about holding her under in the bath",
        "my lungs wont fill properly and it came on all at once",
        "my legs wouldnt push me up off the sofa, both of them",
        "both knees buckled when i stood up from feeding",
        "my pants are wet and i didnt know when it happened",
        "woke up on soaked sheets, didnt wake to go to the loo at all",
        "no wee for about 12 hours even though i keep trying",
        "i fainted and was shakin all over, my husband said it was a fit",
        "cant stop thinkin about driving in to a tree",
        "lost control of my bowls this morning without warning",
        "chets pain spreading to my arm",
    })
    void roundsSixtySixToSixtyEightEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the site on my back where they did the spinal is red and getting more sore each day",
        "puss leaking where the epi needle went",
        "i cant feel the side of my right foot and my back hurts",
    })
    void roundsSixtySixToSixtyEightProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the stitches oozed a bit at first, got antibiotics, now healed",
        "had a kidney infection last month, finished the antibiotics, all fine",
        "had the spinal headache, fixed with a blood patch",
        "my legs were numb for the section and it wore off after a few hours",
        "the tingly patch on my leg went away after a few days",
        "checklist: bladder fine, legs fine, chest fine, just back ache",
        "i can move my legs fine and the back is just stiff",
        "they scanned me for a clot, nothing there",
        "just a chesty cough from the kids",
        "lost two inches off my waist since the birth",
        "a bit breathless on hills since the baby, recovering quickly",
        "ingen feber, only back pain",
    })
    void roundsSixtySixToSixtyEightLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i no fit breathe at all since morning",
        "been trying to pass water for 9 hours and nothing comes",
        "i have not done wee since yesterday evening and my tummy is swollen",
        "my body started to shake and i woke up on the ground",
        "panting like after a marathon and im just sitting in bed",
        "a voice in my head keeps telling me to smother her",
        "the wee is pouring out of me and i dont feel it",
        "my legs are giving up under me since lunchtime",
        "ma doare capul foarte rau and bp 172/115",
    })
    void roundsSixtyNineToSeventyOneEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sharp pain on my right side below my breast after dinner",
        "headache whenever i sit up, better lying down, had an epidural last week",
        "the physio measured my gap at 3 cm, baby is 16 weeks now and its still the same",
        "the health visitor said my tummy gap should have closed by now, baby is 4 months, its still there",
        "dor forte in the upper right belly after meals",
    })
    void roundsSixtyNineToSeventyOneProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my dog cant wee properly, the vet is checking him",
        "my oga has fever and back pain, i am fine",
        "if my legs become numb should i call someone?",
        "if the kids wake me once more ill have a fit",
        "breathless with excitement, we are going home today",
        "my legs were numb from the spinal, but it all wore off within a few hours",
        "by the next day i was fine and im walking loads now",
        "my epilepsy has been well controlled for years, just asking about back stretches",
        "stretched and my back cracked, felt amazing",
        "the ache between my shoulders went right after the birth",
    })
    void roundsSixtyNineToSeventyOneLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i need to pass water but it wont come, belly is hard",
        "keep scratching my legs until they bleed",
        "both my legs feel like wet sand tonight",
        "i have to keep stopping for air when i talk to the midwife on the phone",
        "spat into the sink and there were red flecks after coughing",
        "the numb bit has moved up past my knee since the epidural and my other foot is going the same way",
        "there was wee in my pants and i had no idea it had happened",
        "my legs are not obeying me, both are wobbling",
        "something is crushing my heart and it is not easing",
        "terrible head pain, bp 168 on 114 at the chemist",
        "it feels like touching the inside of my thighs through gloves, nothing there",
        "sat on the toilet ages, not a drop, feel bursting",
    })
    void roundsSeventyTwoToSeventyFourEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the pain in my lower back is worse than my contractions were",
        "fine flat but the moment i sit up my head is in a vice, epidural 2 days ago",
    })
    void roundsSeventyTwoToSeventyFourProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tried to pee three times since lunch, nothing came out, tummy feels tight",
        "both legs are wobbly and i keep falling over in the hallway",
        "was lifting lo into the cot and both my legs gave way",
        "the sheets were wet this morning and i never felt myself wee",
        "standing at the balcony with her i keep picturing letting go",
        "i do not feel safe around my baby tonight",
        "splitting headache and i couldnt work out how to unlock my phone",
        "i blacked out in the shower and my husband says i was shaking all over",
        "numb between my legs like ive been sitting on a fence for hours but i havent, back aching",
    })
    void roundsSeventyFiveToSeventySevenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a throbbing head and zigzag lights in front of my eyes",
        "a sore squeezing feeling below my right ribs after a fry up",
        "pain on the right just under my bra strap after dinner most nights",
        "heard a crunch in my spine picking up the car seat, now one spot is very sore",
        "at 12 weeks the physio measured a three finger gap and it is not closing",
    })
    void roundsSeventyFiveToSeventySevenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my housemate is 3 weeks pp and cant pee, told her to phone the ward. im fine",
        "my sister texted me about numbness between her legs after her birth, im fine myself",
        "my flatmate had a fever and pain in her back last week",
        "my neighbours section wound got infected, mine looks clean",
        "is chest pain normal with reflux? asking for my husband, he has it after dinner",
        "short of breath in the last weeks of pregnancy but it stopped once she was born",
        "the scar wept a little at first but its been dry and healed for two months",
        "cant poo without the baby crying at the door lol",
        "honestly shrinking away under all this washing",
        "what would weakness in both legs mean?",
        "does back pain with a fever always mean an infection?",
        "is a stroke possible after a normal birth?",
        "would that count as an emergency, if i could not pee?",
        "can breastfeeding cause a vertebral fracture?",
        "breastfeeding can cause bones to fracture, is that right?",
        "worried i wont be able to pee once the catheter is out",
        "will i get leg weakness with an epidural next time?",
        "is it normal to feel numb down there after birth? i dont, my friend asked",
        "legs like jelly after lugging the buggy up the hill",
    })
    void roundsSeventyFiveToSeventySevenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "where you would sit if you rode a horse has gone totally numb tonight",
        "i dont have control over my bladder since lunch, it just runs out",
        "it leaks out without me knowing, new since yesterday, back is bad",
        "i keep imagining a cushion over his face when he screams",
        "my mum here, my sister says shell hurt the baby if he doesnt sleep, she is 2 weeks pp",
        "hi its her partner, she cant lift either leg since the epidural wore off this morning",
    })
    void roundsSeventyEightToEightyEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pain on the right side, under the ribs, after a greasy takeaway",
        "a gnawing pain above my belly button after meals for a week",
        "mum writing: my daughters back pain keeps getting worse and her thigh has gone numb",
        "my head aches all the time and it never stops, 10 days now",
    })
    void roundsSeventyEightToEightyProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my friend is 3 weeks pp and cant feel her bum, i told her to call 999 but wanted to check",
        "nearly broke my back lifting the pram into the boot, just stiff",
        "i cant breathe when i look at the nursery bill lol",
        "lost weight not height, 6kg down",
        "i wanted to kill dh when he woke the baby",
        "i was unable to pee after the birth, they put a catheter in, now its all normal",
        "fainting is my worst fear after reading about low iron",
        "i know chest pain with breathlessness is an emergency, what else should i watch for",
        "is numbness a sign of a trapped nerve? asking because my section is booked",
        "the chest pain was my mum not me, she is fine now",
        "my mama had gallstones with pain under her right ribs, im fine",
        "i dont have any fever, chills, burning or side pain",
        "my scar is red but it was from the pad rubbing",
        "the physio said the gap closed to one finger width",
        "stitches healed nicely, nothing coming out",
        "our dog ate a sock and keeps vomiting",
        "the bra is too tight across my chest",
        "chest feels tight, emotionally i mean, going back to work",
        "just checking, leg weakness is a sign of what?",
    })
    void roundsSeventyEightToEightyLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "numb between my legs like ive sat on a frozen step but i havent been outside",
        "i can not make urine since last night, belly tight",
        "my seat area feels dead since this morning and my back is killing me",
        "my bladder empties itself with no warning since yesterday",
        "pain in my chest that hasnt gone, spreading to my jaw",
        "my sister found me out cold on the floor and jerking",
        "i keep getting the urge to hold her under when i bath her",
        "neither of my legs work properly since the epidural",
    })
    void roundsEightyOneToEightyThreeEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "behind my knee is red and hot and it looks bigger than the other one",
        "felt my spine go snap when i lifted the bath, one sharp spot since",
        "a headache that has not eased in 4 days",
        "my hips are killing me at night, breastfeeding 6 months",
    })
    void roundsEightyOneToEightyThreeProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my sister says i look shorter hunched over the cot",
        "is leg weakness linked to epidurals?",
        "is a seizure something that can happen weeks later?",
        "fit of the giggles at the baby group",
        "my back twinges a bit when i lift but its just a normal ache",
        "ni fiebre ni nada, only a stiff back",
        "dh has been poorly all week and today at work he had a seizure, im fine",
    })
    void roundsEightyOneToEightyThreeLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "grandmother writing. my daughter cant feel anything down below when she wipes, baby is 9 days",
        "my mum had a baby last month and now she is clutching her chest and cant breathe",
        "i keep imagining hitting them both, the twins wont settle",
        "i wanna shake her really hard when she cries",
        "i cant keep myself safe, please help",
        "legs heavy and tingling and i keep stumbling, both sides",
        "not a drop for hours and i feel so full",
        "no wee since i got home from the hospital, belly hard",
        "coughing up frothy pink phlegm and breathless",
        "zero bowel control today and my back is agony",
        "awful headache and the cuff i borrowed from my neighbour says 165/112",
        "pounding head and i didnt recognise my own sister",
    })
    void roundsEightyFourToEightySixEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "baby 2 wks, temp 38.6 and my back aches",
        "upper middle tummy pain after meals, comes and goes",
        "rt shoulder blade pain and sick after a takeaway",
        "back pain gets more bad each week",
    })
    void roundsEightyFourToEightySixProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "neither leg feels weak, i walk fine",
        "0 numbness, just stiff",
        "nobodys had a seizure, i meant my toddler threw a tantrum",
        "my head doesnt hurt now, it was the heat",
        "not a drop of blood when i cough",
        "tight chest? nah just the sports bra",
        "thoughts of harming yourself? no never",
        "numbness down there? none here, just asking",
        "chest pain in pg was heartburn, gone now",
        "dh has a migraine that wont go away",
        "im shorter than my sister anyway",
        "osteoporosis in the family, any tips on calcium",
        "got a leaflet about seizures after birth",
        "what causes a clot in the leg after birth?",
        "my stitches look pink and healthy",
        "feet went numb from sitting cross legged, fine now",
    })
    void roundsEightyFourToEightySixLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "when i sit its like nothing down below at all, back agony",
        "on the toilet i cant feel the paper, started tonight",
        "my bits feel like they belong to someone else since this morning",
        "cnat wee since lunch and my belly is tight",
        "i have to lift my legs with my hands to get out of bed, both of them",
        "heaviness in my chest and pain going down my left arm",
        "my sister said i was flailing about on the floor and not answering her",
        "my mum says i had a sees her on the sofa",
        "i keep picturing droping him over the banister",
        "my head is in a vice and the machine says 170 / 115",
        "splitting headache and im repeating the same question over and over",
        "i feel like hurting myslef tonight",
    })
    void roundsEightySevenToEightyNineEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pain under my right ribs after a fry up, wears off after an hour or two, every night",
        "sick as a dog and pain at the top of my tummy in the middle",
        "everything looks like frosted glass and my head is pounding",
        "bakc pain and a numb patch on my outer thigh",
    })
    void roundsEightySevenToEightyNineProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i will die on this hill, cosleeping saved my back",
        "cant pee with the door shut anymore, the toddler screams",
        "legs numb from boredom at the soft play",
        "cant feel my fingers in this cold",
        "cant feel my lip after the dentist",
        "i shrunk my jeans in the wash",
        "cant wee because lo wakes the second i put her down",
        "numb bum from sitting on the birth ball",
        "cant breathe in my own house with all these visitors",
        "my upper tummy is sore from laughing so much",
        "hip sore after sleeping funny",
        "what saddle numbness means, in simple words?",
    })
    void roundsEightySevenToEightyNineLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @Test
    void shortWordsWithTwoLettersSwappedOrOneDoubledAreMended() {
        Speller speller = new Speller(java.util.Set.of("cant", "pain", "back", "legs", "myself"), java.util.List.of());
        assertThat(speller.correct("cnat")).isEqualTo("cant");
        assertThat(speller.correct("pian")).isEqualTo("pain");
        assertThat(speller.correct("bakc")).isEqualTo("back");
        assertThat(speller.correct("leggs")).isEqualTo("legs");
        assertThat(speller.correct("myslef")).isEqualTo("myself");
        assertThat(speller.correct("form")).isEqualTo("form"); // no vocabulary word one swap away
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "came round on the kitchen floor, dh says i was twitching, never had a fit before",
        "dh says i was shaking all over and i bit my tongue",
        "the numb bit on my leg from the epidural keeps getting bigger",
        "pooped in my sleep and didnt feel it happen, back bad",
        "i keep thinking if i wasnt here the baby would be better off",
    })
    void roundsNinetyToNinetyTwoEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "toddler had a fit on the floor of the shop, full tantrum",
        "ill be shorter than my mum at this rate lol",
        "my headaches have stopped",
        "legs went to jelly when the midwife said push",
        "my legs were numb after the spinal but it all came back by teatime",
        "cant feel my toes they are frozen",
        "so scared i couldnt breathe when he rolled off the bed, all fine",
        "she kicked me and took my breath away haha",
        "numb down below for a day after the stitches, normal feeling now",
        "wet myself a bit during pushing, dry since",
        "had a headache before the birth, none since",
        "my mum says ill lose height if i keep feeding",
        "the gp did bloods to rule out a clot, all clear",
        "my foot went numb sitting cross legged, fine after a wiggle",
    })
    void roundsNinetyToNinetyTwoLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "panting after two steps and my heart is pounding, 2 weeks after the section",
        "i just wan end am, i no fit again",
    })
    void roundsNinetyThreeToNinetyFiveEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my waist pain is getting worse every day",
        "the gap in my tummy hasnt come back together and she is 5 months",
        "my trousers are suddenly too long and my back aches, feeding 7 months",
    })
    void roundsNinetyThreeToNinetyFiveProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "both legs went weak and i had to crawl to bed",
        "i am going to hurt my baby if nobody comes",
        "my whole undercarriage is dead since this morning",
        "my bottom lets go by itself, i cant hold it in",
        "knickers wet and i had no idea until i looked",
        "my knees keep buckling and both legs feel weak",
        "my body shaking with no control and then i was on the floor",
        "pounding head and i feel spaced out",
        "my wee not coming out since last night, tummy hard",
    })
    void roundsNinetySixToNinetyEightEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "queasy after meals and a pain under my right ribs",
        "back pain 9/10 and way beyond the usual",
    })
    void roundsNinetySixToNinetyEightProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "is it ok if i still cant feel my vagina or bum when i wipe",
        "the numb patch is moving up both legs now and theyre weak",
        "i wanted to hit her so hard last night i had to leave the room",
        "had another accident and didnt feel it coming at all",
        "sudden dyspnoea just sitting on the sofa",
        "bilateral leg weakness started an hour ago",
        "had a seizure earlier feel fine now",
    })
    void roundsNinetyNineToOneHundredOneEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "should i worry about this ache under my right ribs after i eat",
        "my height has dropped down since the baby and my back aches",
        "pain under my boobs in the middle after every meal",
        "my section scar weeps at one end",
        "my tummy muscles split and have never come back together, baby is 14 months",
    })
    void roundsNinetyNineToOneHundredOneProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i heard weak bones can happen with long breastfeeding, my back is fine though",
        "is 37.6 a fever? my back is a bit stiff",
        "i checked my stitches for redness this morning",
        "i cant breathe from the stink of the bins",
        "i could throw the baby monitor across the room",
        "the nurse mentioned the suicide hotline. im not feeling that way",
        "my tummy gap closed by 12 weeks",
        "the numbness in my legs lasted until lunch and then went",
        "when should i worry about my scar",
    })
    void roundsNinetyNineToOneHundredOneLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the catheter came out at lunch and i havent managed a single drop since",
        "i need to wee so badly but it wont come, since lunch",
        "pee came out in the shop and i didnt feel anything",
        "feels like a brick on my chest",
        "my skull feels like it is about to split and im confused",
        "bp 170/112 and my head is pounding like a hammer",
        "i want to hurt myself and im not kidding",
    })
    void roundsOneHundredTwoToOneHundredFourEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a pain between my shoulder blades after dinner every night",
        "like a knife under my ribs on the right",
        "pins and needles running down my leg and my back is bad",
        "headache for days and nothing shifts it",
        "my partner says its red and hot around where the epidural went in",
    })
    void roundsOneHundredTwoToOneHundredFourProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my dog coughed up a bit of blood this morning",
        "my toddler sits on my chest every morning to wake me",
        "i have the worst headache of my life... just kidding, its the school holidays",
        "my legs were weak after the epidural but by the next morning i was totally fine",
        "my arm went numb on the train, that lasted a few hours",
        "my sister asked me what a seizure looks like",
        "felt sick with nerves before the appointment",
        "drowning in washing this week",
        "the headache went away days ago",
    })
    void roundsOneHundredTwoToOneHundredFourLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "im scared ill do something stupid tonight",
        "awful headache and im losing my words",
        "splitting headache and i keep getting mixed up about where i am",
        "out of breath whenever i lie down",
        "havent peed at all since the catheter came out",
        "still havent managed to pee today and my tummy is swollen",
        "woke up wet, no idea i was weeing",
    })
    void roundsOneHundredFiveToOneHundredSevenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i was 170 before the baby and the gp measured me at 166",
        "the scar looks redder today and its leaking yellow stuff",
    })
    void roundsOneHundredFiveToOneHundredSevenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "is a headache a side effect of the spinal?",
        "can you really lose height from having a baby",
        "we bought a chest of drawers today",
        "my nephew had a febrile seizure last year",
        "physio measured my gap at 1 finger at 11 weeks",
        "the wound is healing nicely",
        "i was 70 kg before and 66 kg now, measured at the gp",
        "i cant breathe without someone asking when the next baby is",
    })
    void roundsOneHundredFiveToOneHundredSevenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i dont care whether i live or die, ive been figuring out how to do it",
        "honestly nobody would miss me",
        "both leg have no strength since lunch",
        "my mum told me i was shaking all over and my eyes went back",
        "i feel the air is not enough even sitting still",
        "a voice keeps telling me to drown him",
        "me siento debil in both legs today",
    })
    void roundsOneHundredEightToOneHundredTenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "me arde al orinar and i have a fever",
        "my tummy gap is still there at 4 months, the physio measured 3 fingers at 6 weeks and nothing has changed",
    })
    void roundsOneHundredEightToOneHundredTenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "is a seizure after birth always an emergency?",
        "would chest pain be a 999 thing?",
        "can you still get a clot in your leg months after birth",
        "i keep checking hes breathing at night",
        "the bath was so hot i could hardly breathe",
        "had a uti with a fever in april, all fine now",
        "i took my temp to check, 36.8",
        "is that a fever? asking because my husband has the flu and a sore back",
        "the nurse says its closed, it is closed now",
        "4 weeks pp and still a gap, is that normal",
    })
    void roundsOneHundredEightToOneHundredTenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my daughter in law cant feel her bottom or between her legs since this morning",
        "my friend has a 3 week old and she says she wants to end it all",
        "the wee just isnt coming and my tummy is swollen",
        "cantpee since breakfast",
        "sob at rest even lying on the sofa",
    })
    void roundsOneHundredElevenToOneHundredThirteenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "would chest pain always mean a clot?",
        "will the midwife check my scar at the 6 week visit?",
        "numb legs during the section but that was the spinal",
        "headache with my first, lasted 3 days then went",
        "i used to get chest pain with anxiety as a teen",
        "the stitches were red but the nurse signed me off today",
        "short of breath in the sauna for a minute",
        "im short on sleep and patience",
        "chest tight when i ran for the bus, fine right after",
    })
    void roundsOneHundredElevenToOneHundredThirteenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "headache like never before and bp 170/112",
        "bp 165/110 with a bad headache, i didnt get it rechecked",
        "both legs getting weaker and weaker since the epidural",
        "tried to pee all morning, nothing for 10 hours",
        "i keep thinking about stepping into the traffic",
    })
    void roundsOneHundredFourteenToOneHundredSixteenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my height is down 3 cm since the baby and my back aches",
    })
    void roundsOneHundredFourteenToOneHundredSixteenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my legs went numb for a second getting up",
        "could not wee for the urine sample at the gp",
        "just reading up about fits after birth",
        "feeling weepy and my stitches are healing",
        "the ache between my shoulder blades went as soon as i changed the feeding chair",
    })
    void roundsOneHundredFourteenToOneHundredSixteenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cannae feel ma bits since this morning",
        "mi cyaan ketch mi breath",
        "my head is banging and bp 172/115",
        "my brain is all scrambled and i have a splitting headache",
        "my inhaler isnt helping and i cant breathe",
        "my water not coming out since last night",
        "sat on the toilet trying to pee and nothing at all",
    })
    void roundsOneHundredSeventeenToOneHundredNineteenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "headache no gree comot for 4 days",
        "my height has reduced since the baby",
        "felt something snap in my back lifting the car seat",
        "pain high up in the centre of my tummy every night",
    })
    void roundsOneHundredSeventeenToOneHundredNineteenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nae fever and nae numbness",
        "just need a wee break from the baby",
        "could you list the warning signs after a section",
        "why does gallbladder pain spread to the shoulder?",
        "is a seizure a risk with high blood pressure?",
        "pins and needles in my foot, gone after a minute",
        "the burning when i pee went with the antibiotics",
        "my husbands vasectomy wound is red",
    })
    void roundsOneHundredSeventeenToOneHundredNineteenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my bowels opened on their own at the shops",
        "awful headache and i got lost walking home from the park",
        "i just want it all to stop",
        "i hadnt even noticed id wet myself until i stood up",
    })
    void roundsOneHundredTwentyToOneHundredTwentyTwoEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the health visitor says my scar is red and hot",
        "the nurse saw my c section wound and it is oozing",
        "headache for the past three days and paracetamol isnt shifting it",
        "pain between my shoulder blades most evenings and i cant shift it with stretching",
        "im 3 cm shorter than before the pregnancy",
    })
    void roundsOneHundredTwentyToOneHundredTwentyTwoProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my hips ache from the airbed at my sisters",
        "headache last night, slept it off, gone today",
        "im shorter than my husband",
        "we all have a chest infection apart from me",
        "i had blood thinner injections after the section",
    })
    void roundsOneHundredTwentyToOneHundredTwentyTwoLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tried to wee and only a couple of drips came, tummy bloated",
    })
    void roundsOneHundredTwentyThreeToOneHundredTwentyFiveEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my partner says the epidural spot is red and swollen",
        "pain between my shoulder blades that doesnt go with stretching, always after tea",
    })
    void roundsOneHundredTwentyThreeToOneHundredTwentyFiveProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "toddler kicked me in the chest and it hurt",
        "my legs wobble doing lunges",
        "hot water bottle on my stitches, is that ok",
        "i never get to wee alone anymore",
        "feeling suffocated with visitors this week",
        "numb down there after the birth but it came back the same evening",
    })
    void roundsOneHundredTwentyThreeToOneHundredTwentyFiveLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my knickers were soaked and i had no idea it was happening, never happened before even in pregnancy",
        "my toes drag on the floor on both sides and i cant get my legs to move properly",
        "she has a pounding headache and doesnt know what year it is or where she is",
        "tried to wee at 6, pushed, nothing",
        "neither leg will lift me off the sofa",
        "the numb bit on my thigh has gotten bigger since this morning",
        "the numbness from the epidural that was wearing off is now spreading back up my legs",
    })
    void roundsOneHundredTwentySixToOneHundredTwentyEightEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the epidural point is red and puffy",
        "each morning my lower back is worse",
        "my back pain went from mild to pretty bad this week",
        "sciatica and a numb patch on my calf",
        "lower back ache and a numb ankle on the left",
    })
    void roundsOneHundredTwentySixToOneHundredTwentyEightProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i had a fit about it when the bill came",
        "ill kill myself lifting that pram into the boot one day",
        "is my seizure medication ok with breastfeeding",
        "i cant go to the toilet in peace with this toddler",
        "does preeclampsia always come with a headache",
        "read something about spinal fractures in nursing mums, my back is fine",
        "worried id lost height but the physio measured me at clinic and im exactly the same",
        "my bum was numb for an hour after the epidural, it all came back before i left the ward",
        "the ink on my calf tattoo is red and puffy",
        "my hip aches after lying on my left side, eases within a few minutes",
        "ankles puffy in the evening, calves fine no pain",
    })
    void roundsOneHundredTwentySixToOneHundredTwentyEightLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "reduced sensation perineal since this afternoon, back aching",
        "havent voided since 6am despite trying, bladder feels full",
        "bilateral ll weakness since the epidural",
        "cp central and crushing for 15 mins",
        "haemoptysis this morning",
        "post ictal and groggy, partner says i was jerking",
        "active si since last night",
        "ha 10/10 and bp 170/115",
    })
    void roundsOneHundredTwentyNineToOneHundredThirtyOneEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void aSeizureSomeoneElseDescribedIsStillHers() {
        assertThat(urgency("just had what my partner described as a seizure, feel foggy"))
                .isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ruq pain after meals all week",
        "dra still 3 fingers at 14/52",
        "lbp progressively worse this month",
        "occipital ha, better supine, day 2 after the spinal",
        "persistent ha 4/7, paracetamol not touching it",
        "t 38.4 and lbp",
        "gap still 2 fingers at 11 weeks, last time it closed by 8",
        "hip pain that started in pregnancy and is worse now",
    })
    void roundsOneHundredTwentyNineToOneHundredThirtyOneProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "what should i do if my legs go numb after the epidural",
        "is chest pain something to look out for after a section",
        "are seizures common after a birth or only with high blood pressure",
        "last pregnancy i had awful hip pain for months",
        "last time my scar got infected, this one is clean",
        "with my first my scar went red and oozed",
        "with baby 1 my head pounded for days after the spinal",
        "everyone says ive shrunk but we measured, same 160 cm as always",
        "needed a catheter because i couldnt wee, but since it came out everything works fine",
        "my tummy gap is 2 fingers and shrinking",
        "hot stone massage 4 weeks after my section, ok?",
        "gap checked at the 8 week review, fully closed",
    })
    void roundsOneHundredTwentyNineToOneHundredThirtyOneLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pooed myself twice today, didnt notice it happening",
        "trying to wee for an hour, nothing, last time i peed was this morning",
        "sys 170 dia 112 and a headache",
        "feels like i cant fill my lungs since lunch",
        "i keep picturing driving off a cliff",
        "both legs went weak after i slipped on the stairs and i can barely stand",
    })
    void roundsOneHundredThirtyTwoToOneHundredThirtyFourEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "headache and seeing double since last night",
        "the bruise from the epidural is hot and oozing",
        "head splits when i stand up, fine lying down, epidural on monday",
        "headache at the back whenever i sit up after the epidural, it improved when i lay down",
        "the headache hasnt stopped since thursday",
        "my mum joked ive shrunk so we measured, 3cm less than my passport",
    })
    void roundsOneHundredThirtyTwoToOneHundredThirtyFourProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i was just asking about chest pain for my sister",
        "the tight chest was only anxiety, ecg normal",
        "my legs are like jelly after that walk 😂",
        "i cant breathe 🤣 the cat is wearing the baby hat",
        "labour pains were a 10/10, my back now is a 2",
    })
    void roundsOneHundredThirtyTwoToOneHundredThirtyFourLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cut my wrists yesterday and i have the urge to do it again",
        "correction, its not my head its my chest, crushing pain",
    })
    void roundsOneHundredThirtyFiveToOneHundredThirtySevenEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "c section scar is gooey at one end",
        "gap still 3 fingers at 11 weeks, the same as it was at 6 weeks",
        "physio at 5 weeks said the gap would close but its still 2 fingers wide at 12 weeks",
    })
    void roundsOneHundredThirtyFiveToOneHundredThirtySevenProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i was scared about chest pain after reading a forum",
        "can you tell me what a wound infection looks like",
        "grandad in hospital with chest pain",
        "the seizure was the baby hiccuping, sorry",
        "had a uti with fever last week, antibiotics done, back aches a bit",
        "my legs were weak for an hour after the spinal then fine",
        "the pain between my shoulder blades went after a bath",
        "mil says i look shorter without heels",
        "earlier i said i couldnt feel my legs, autocorrect, i meant i can",
        "i typed that my chest hurts but i meant my boobs",
        "the burning pee was my toddler not me",
        "the lump on my calf is just a bruise from the cot, a bit red",
    })
    void roundsOneHundredThirtyFiveToOneHundredThirtySevenLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "me no can pass urine since last night",
        "my legs not strong at all since the epidural",
        "its been 9 hours and my bladder feels like its bursting",
        "should i be worried about a crushing pain in my chest and left arm",
    })
    void roundsOneHundredThirtyEightToOneHundredFortyEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pain in my stomach on the top right after meals",
        "how long until this awful hip pain eases? its the worst ive had",
    })
    void roundsOneHundredThirtyEightToOneHundredFortyProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i have no wee troubles at all",
        "i had pre eclampsia with my first with awful headaches and bp 170/110",
        "friends c sec wound got infected, how would i know if mine was",
        "baby had a jerk in her sleep that looked like a fit, its the startle reflex the gp said",
        "might the iron tablets cause chest pain",
        "chest doesnt hurt, just my boobs full and heavy after the feed",
        "legs numb after the spinal but it all came back later that night",
    })
    void roundsOneHundredThirtyEightToOneHundredFortyLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "going to leave lo with my partner and end things tonight",
        "she texted me goodbye and wont answer, she had the baby 3 weeks ago",
        "friend had a seizure an hour ago, she is 5 days post birth",
        "my daughter 6 days post c section has chest pain and cant breathe",
        "i keep thinking i should walk off the bridge on the way home",
    })
    void roundsOneHundredFortyOneToOneHundredFortyThreeEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pain at the bottom of my back so intense i cry lifting the baby",
        "my daughters c section wound is red and oozing",
    })
    void roundsOneHundredFortyOneToOneHundredFortyThreeProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "honestly whats the point of me even being around anymore",
        "my family would be fine without me",
    })
    void roundsOneHundredFortyFourToOneHundredFortySixEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cracked a rib just from coughing, im breastfeeding and my back aches",
        "temp 38.6 and my lower back aches, nipples are fine",
        "lower back pain is brutal today",
    })
    void roundsOneHundredFortyFourToOneHundredFortySixProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the phrase bladder incontinence keeps coming up on the forum",
        "my discharge summary mentions checking the wound",
        "the numb patch on my leg is shrinking now",
        "piles are the worst and my back aches from sitting funny",
        "if my scar goes red and hot should i ring the ward or the gp",
    })
    void roundsOneHundredFortyFourToOneHundredFortySixLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "some days i feel it would be better if i died",
        "i dont really wanna live anymore",
        "my sister in law is 5 days after baby and since lunch she cannot hold her wee",
        "bp monitor reads one seven zero over one one five and my head is splitting",
        "my private parts... no feeling there since this morning",
        "i keep wetting myself and cant feel it, not only when i laugh",
        "both of my leg feel weak and wobbly today",
    })
    void roundsOneHundredFortySevenToOneHundredFortyNineEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my headache is not stopping since tuesday",
        "each time i get out of bed my head throbs",
        "the corner of my c section scar has come apart",
        "still 3 fingers at 16 weeks",
        "back ache spreading down my left leg and my foot is tingly",
    })
    void roundsOneHundredFortySevenToOneHundredFortyNineProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "went to the gp with chest pain on monday, all bloods normal, just a pulled muscle",
        "my hips ache after the baby gym class, normal ache i think",
        "mi bebe tiene fiebre 38.5, my back is sore from rocking her",
        "i had hip pain in pregnancy which went after the birth, is it likely to come back next time",
    })
    void roundsOneHundredFortySevenToOneHundredFortyNineLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my knees... they wont hold me up, both weak since this morning",
        "both calves have gone numb and heavy since the epidural wore off yesterday",
        "i keep thinking about letting go of him when im at the top of the stairs",
        "pee comes out with no warning now, soaked the bed twice",
    })
    void roundsOneHundredFiftyToOneHundredFiftyTwoEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "broke a toe just from a stubbed foot on the door, still breastfeeding and my back hurts",
        "sore to wee and a fever of 38.5 since last night",
        "the ache in my back went from bad to worse this week",
    })
    void roundsOneHundredFiftyToOneHundredFiftyTwoProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i want to die of embarrassment after the midwife saw my tummy",
        "the whole house has the vomiting bug, my back aches from all the washing",
    })
    void roundsOneHundredFiftyToOneHundredFiftyTwoLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "had what my partner called a seizure on the sofa an hour ago, i cant remember it",
        "i need a wee but cant get it to start, its been 9 hours",
        "my bladders emptying by itself since lunch and my back is bad",
        "my wife says she doesnt want to be alive anymore, our daughter was born 3 months ago",
        "message from my husband: she cant lift her legs, both weak since tea",
    })
    void roundsOneHundredFiftyThreeToOneHundredFiftyFiveEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cracked a rib from sneezing, still breastfeeding and my back hurts",
        "my ankle is broken, i only tripped on a toy, still nursing and back sore",
        "sudden very bad pain in my back when i lifted the car seat, cant straighten up",
        "blurry vision and a headache all day, 12 weeks pregnant with no.3",
    })
    void roundsOneHundredFiftyThreeToOneHundredFiftyFiveProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @Test
    void feetThatAreColdAreNotSomeoneElses() {
        assertThat(urgency("my feet are numb, theyre so cold in this flat lol")).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sat on the toilet an hour and cant get a single drop, baby born yesterday",
        "she fitted for a minute and now shes very sleepy, 4 days after the birth",
        "my legs keep going from under me since this morning, both of them",
        "my boob bone hurts like a vice is squeezing it",
    })
    void roundsOneHundredFiftySixToOneHundredFiftyEightEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "baby is 14 weeks and my stomach muscles still part in the middle when i sit up",
        "dull ache between my wing bones after every meal",
    })
    void roundsOneHundredFiftySixToOneHundredFiftyEightProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "googled numb legs after birth, im not numb, just tired",
        "my feet went numb on the plane but came back as soon as i stood up",
        "physio says its spd, the pain at the front of my hips",
    })
    void roundsOneHundredFiftySixToOneHundredFiftyEightLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "should i worry about a headache thats been there three days now",
        "fever 38.3 and my bck aches so much",
    })
    void roundsOneHundredFiftyNineToOneHundredSixtyOneProviderSignsFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i cant wee in public loos, never could, anyway back stretches?",
        "morning sickness is back and my back aches",
    })
    void roundsOneHundredFiftyNineToOneHundredSixtyOneLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "keep having to stop to breathe when im speaking, started this morning",
        "dh found me shaking on the bedroom floor an hour ago",
    })
    void roundsOneHundredSixtyTwoToOneHundredSixtyFourEmergenciesFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my legs went numb in the nursing chair, fine as soon as i stood up",
        "had to crawl under the bed to get the dummy, now my back is a bit sore",
    })
    void roundsOneHundredSixtyTwoToOneHundredSixtyFourLookAlikesDoNotFire(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @Test
    void aTummyGapAtOneYearIsUnresolved() {
        assertThat(urgency("my babys 1 and i can fit 3 fingers in the gap")).isEqualTo(Urgency.PROVIDER);
    }

    /**
     * A negation that a term's gap took denies the mention ("chest ~2 hurt" does not make "chest doesnt hurt" chest
     * pain), while a person or a time in the gap stays part of what the mention says.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my chest isnt hurting, it is my lower back that is",
        "chest not really hurting, its my upper back from feeding",
    })
    void aNegationInAMentionsGapDeniesIt(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i cant say a whole sentence without pausing for breath",
    })
    void wordsInAGapThatAreNoDenialStillReport(String text) {
        assertThat(urgency(text)).isEqualTo(Urgency.EMERGENCY);
    }

    /** A bullet starts a new item, so the "no" answering one question does not deny the next. */
    @Test
    void eachBulletIsItsOwnItem() {
        assertThat(urgency("• sore back yes • temperature no • cant pee yes")).isEqualTo(Urgency.EMERGENCY);
    }

    /** Each word of a choice is one alternative: "breathless" stands on its own beside "out of breath". */
    @Test
    void breathlessIsAnAlternativeOfItsOwnBesideOutOfBreath() {
        assertThat(urgency("breathless whenever i lie down")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("out of breath whenever i lie down")).isEqualTo(Urgency.EMERGENCY);
        assertThat(urgency("breathless in the steamy shower for a minute")).isEqualTo(Urgency.NONE);
        assertThat(urgency("the twinge between my shoulder blades went as soon as i got a better chair"))
                .isEqualTo(Urgency.NONE);
    }

    @Test
    void walkingTheDogHerOwnSicknessStillCounts() {
        assertThat(urgency("walking the dog i threw up twice and my back is killing me")).isEqualTo(Urgency.PROVIDER);
    }

    @Test
    void eachRegionGetsItsOwnNumbers() {
        String text = "i want to end my life";
        String us = rules.assess(text, Region.US).advice();
        String uk = rules.assess(text, Region.UK).advice();
        String eu = rules.assess(text, Region.EU).advice();
        assertThat(us).contains("911").contains("988").doesNotContain("999").doesNotContain("112");
        assertThat(uk).contains("999").contains("111").contains("116 123").doesNotContain("911");
        assertThat(eu).contains("112").doesNotContain("911").doesNotContain("999");
        assertThat(rules.assess(text, null).advice()).isEqualTo(us);
    }

    @Test
    void crisisLineOnlyForHarmThoughts() {
        assertThat(rules.assess("crushing chest pain", Region.US).advice()).doesNotContain("988");
        assertThat(rules.assess("i keep thinking about hurting the baby", Region.US).advice()).contains("988");
    }

    @Test
    void urgencySerialisesLowercase() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(mapper.writeValueAsString(Urgency.EMERGENCY)).isEqualTo("\"emergency\"");
        assertThat(mapper.writeValueAsString(Urgency.NONE)).isEqualTo("\"none\"");
    }

    @Test
    void ruleCountIsTheNumberOfSigns() {
        assertThat(rules.ruleCount()).isEqualTo(26);
    }
}
