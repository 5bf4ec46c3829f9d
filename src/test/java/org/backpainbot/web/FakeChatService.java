package org.backpainbot.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

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

/**
 * A stand-in for the real chat: echoes the question, with a random delay so out-of-order completion would show,
 * and records which conversation each message belonged to.
 */
class FakeChatService implements ChatService {

    static final List<Suggestion> SUGGESTIONS = List.of(new Suggestion("Feeding positions", "feeding"),
            new Suggestion("Heat and ice", "heat-ice"));
    static final Citation CITATION = new Citation("r1", "Smith J. Back pain after birth. 2020.", "10.1000/xyz123",
            null);

    /** Message text (or topic) to the conversation id it came with. */
    final Map<String, String> conversations = new ConcurrentHashMap<>();

    @Override
    public Mono<Reply> reply(Message message) {
        return Mono.fromCallable(() -> answer(message))
                .subscribeOn(Schedulers.boundedElastic())
                .delayElement(Duration.ofMillis(ThreadLocalRandom.current().nextInt(30)));
    }

    private Reply answer(Message message) {
        conversations.put(message.topic() != null ? "topic:" + message.topic() : message.text(),
                String.valueOf(message.conversationId()));
        if (message.topic() != null) {
            return new Reply("All about " + message.topic() + ".\nSource: \"The article\", section \""
                    + message.topic() + "\".", message.topic(), message.topic() + "-1", Urgency.NONE, null,
                    List.of(CITATION), SUGGESTIONS);
        }
        String text = message.text();
        if (text.contains("numb")) {
            String advice = "Numbness with back pain can be serious: call emergency services now.";
            return new Reply(advice + "\n\nAnswer to: " + text + "\nSource: \"The article\", section \"Epidural\".",
                    "epidural", "epidural-1", Urgency.EMERGENCY, advice, List.of(CITATION), SUGGESTIONS);
        }
        if (text.contains("fever")) {
            String advice = "A fever with back pain is worth a call to your provider.";
            return new Reply("Answer to: " + text + "\nSource: \"The article\", section \"Causes\".\n\n" + advice,
                    "causes", "causes-1", Urgency.PROVIDER, advice, List.of(CITATION), SUGGESTIONS);
        }
        return new Reply("Answer to: " + text + "\nSource: \"The article\", section \"Epidural\".", "epidural",
                "epidural-1", Urgency.NONE, null, List.of(CITATION), SUGGESTIONS);
    }

    @Override
    public Reply welcome() {
        return new Reply("Hi, I'm here to help with back pain after having a baby.", null, null, Urgency.NONE, null,
                List.of(), SUGGESTIONS);
    }

    @Override
    public String help() {
        return "Ask me about back pain after birth.";
    }

    @Override
    public List<Topic> topics() {
        return List.of(new Topic("feeding", "Feeding positions"), new Topic("heat-ice", "Heat and ice"));
    }

    @Override
    public List<Citation> sources() {
        return List.of(CITATION);
    }

    @Override
    public String nonText() {
        return "Sorry, I can only read text messages.";
    }

    /** Registers the fake as the one ChatService until the real one lands on main. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        FakeChatService fakeChatService() {
            return new FakeChatService();
        }
    }
}
