package org.backpainbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.backpainbot.triage.Region;
import org.backpainbot.triage.TriageProperties;
import org.backpainbot.triage.Urgency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefaultChatServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static KnowledgeBase knowledge;
    private static DefaultChatService chat;

    @BeforeAll
    static void start() {
        knowledge = new KnowledgeBase(Knowledge.build(1, Path.of("index-data"), new ByteBuffersDirectory()));
        chat = new DefaultChatService(knowledge, new TriageProperties(Region.US),
                new ChatProperties(Duration.ofMinutes(30), 1000), new ChatMetrics(new SimpleMeterRegistry()));
    }

    @AfterAll
    static void stop() {
        knowledge.destroy();
    }

    private static Reply ask(String text, String conversation) {
        return chat.reply(Message.text(text, conversation, Channel.HTTP)).block(TIMEOUT);
    }

    @Test
    void answersWithThePassageItsSourceAndTheSectionsReferences() {
        Reply reply = ask("could the labour injection be why my spine aches", null);
        assertThat(reply.section()).isEqualTo("epidural");
        assertThat(reply.text()).startsWith(knowledge.current().content().passagesById().get(reply.passageId()).text())
                .contains("Source: \"What causes postpartum back pain and how to fix it\", section \"Epidural complications\"");
        assertThat(reply.urgency()).isEqualTo(Urgency.NONE);
        assertThat(reply.advice()).isNull();
        assertThat(reply.citations()).extracting(Citation::id).contains("macarthur-1995");
        assertThat(reply.suggestions()).hasSizeBetween(2, 4);
    }

    @Test
    void anEmergencyStandsAloneAtTheTopWhateverTheAnswer() {
        Reply reply = ask("since the epidural i cant feel anything between my legs and my back hurts", null);
        assertThat(reply.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(reply.text()).startsWith(reply.advice()).contains("911");
    }

    @Test
    void aProviderNudgeComesAfterThePassage() {
        Reply reply = ask("pain under my right ribs and between my shoulder blades and i keep throwing up", null);
        assertThat(reply.urgency()).isEqualTo(Urgency.PROVIDER);
        assertThat(reply.section()).isEqualTo("gallstones");
        assertThat(reply.text()).endsWith(reply.advice());
        assertThat(reply.text().indexOf(reply.advice())).isGreaterThan(0);
    }

    @Test
    void aNudgeAppearsEvenWhenTheMessageIsOtherwiseOutOfScope() {
        Reply reply = ask("my knees are swollen and i have chest pain", null);
        assertThat(reply.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(reply.text()).startsWith(reply.advice());
    }

    @Test
    void declinesKindlyWithTopicsWhenNothingFits() {
        Reply reply = ask("when can we start sleep training", null);
        assertThat(reply.section()).isNull();
        assertThat(reply.passageId()).isNull();
        assertThat(reply.text()).isEqualTo(knowledge.current().content().template("fallback"));
        assertThat(reply.suggestions()).isNotEmpty();
    }

    @Test
    void followUpsUseTheConversationsLastSection() {
        ask("my tummy muscles split after the baby, is that my back pain", "c1");
        Reply followUp = ask("what helps?", "c1");
        assertThat(followUp.section()).isEqualTo("diastasis-recti");
        assertThat(followUp.passageId()).isEqualTo("diastasis-recti/the-remedy");
    }

    @Test
    void aPickedTopicAnswersThatSection() {
        Reply reply = chat.reply(Message.topic("massage", "c2", Channel.WEB)).block(TIMEOUT);
        assertThat(reply.section()).isEqualTo("massage");
        Reply research = chat.reply(Message.topic("references:acupuncture", "c2", Channel.WEB)).block(TIMEOUT);
        assertThat(research.section()).isEqualTo("references");
        assertThat(research.citations()).extracting(Citation::id).contains("yao-2017");
        Reply unknown = chat.reply(Message.topic("no-such-topic", "c2", Channel.WEB)).block(TIMEOUT);
        assertThat(unknown.section()).isNull();
    }

    @Test
    void blankAndOverLongMessagesGetTemplatesNotErrors() {
        assertThat(ask("   ", null).text()).isEqualTo(knowledge.current().content().template("greeting"));
        Reply tooLong = ask("back ".repeat(500), null);
        assertThat(tooLong.text()).isEqualTo(knowledge.current().content().template("too-long"));
        assertThat(tooLong.section()).isNull();
    }
}
