package org.backpainbot.telegram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.backpainbot.chat.ChatService;
import org.backpainbot.chat.Citation;
import org.backpainbot.chat.Message;
import org.backpainbot.chat.Reply;
import org.backpainbot.chat.Suggestion;
import org.backpainbot.chat.Topic;
import org.backpainbot.triage.Urgency;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A ChatService with canned answers, standing in for the real one in the adapter's tests. */
final class FakeChat implements ChatService {

    static final String ADVICE = "Call emergency services now: numbness between your legs needs help today.";
    static final String PARAGRAPH = "Lifting a car seat twists the lower back. ".repeat(40).strip();

    final List<Message> received = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        FakeChat fakeChat() {
            return new FakeChat();
        }
    }

    @Override
    public Mono<Reply> reply(Message message) {
        received.add(message);
        return Mono.fromCallable(() -> answer(message)).subscribeOn(Schedulers.boundedElastic());
    }

    private static Reply answer(Message message) {
        List<Citation> citations = List.of(new Citation("r1", "Smith & Jones <2020>", "10.1000/back.1", null));
        List<Suggestion> suggestions = List.of(new Suggestion("Lifting your baby", "lifting"));
        if (message.topic() != null) {
            return new Reply("About " + message.topic() + ": keep the baby close when lifting.", message.topic(),
                    "p1", Urgency.NONE, null, citations, suggestions);
        }
        String text = message.text();
        if (text.contains("numb")) {
            return new Reply(ADVICE + "\n\nBack pain after birth is common.", "red-flags", "p9",
                    Urgency.EMERGENCY, ADVICE, citations, suggestions);
        }
        if (text.contains("everything")) {
            String longText = String.join("\n\n", java.util.Collections.nCopies(6, PARAGRAPH));
            return new Reply(longText, "lifting", "p2", Urgency.NONE, null, citations, suggestions);
        }
        return new Reply("You asked: " + text, "posture", "p3", Urgency.NONE, null, citations, suggestions);
    }

    @Override
    public Reply welcome() {
        return new Reply("Welcome! Congratulations on your baby.", null, null, Urgency.NONE, null, List.of(),
                List.of());
    }

    @Override
    public String help() {
        return "I answer questions about back pain after birth from one article. This is not medical advice.";
    }

    @Override
    public List<Topic> topics() {
        return List.of(new Topic("lifting", "Lifting your baby"), new Topic("sleep", "Sleeping positions"));
    }

    @Override
    public List<Citation> sources() {
        return List.of(new Citation("r1", "Smith & Jones <2020>", "10.1000/back.1", null),
                new Citation("r2", "NHS guide", null, "https://example.org/guide"),
                new Citation("r3", "A book without a link", null, null));
    }

    @Override
    public String nonText() {
        return "Sorry, I can only read text messages.";
    }
}
