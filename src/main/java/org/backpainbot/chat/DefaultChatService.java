package org.backpainbot.chat;

import java.time.Clock;
import java.util.List;

import org.backpainbot.content.Content;
import org.backpainbot.search.Answer;
import org.backpainbot.search.PreparedMessage;
import org.backpainbot.triage.TriageProperties;
import org.backpainbot.triage.TriageResult;
import org.backpainbot.triage.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The conversation: red flags are screened first and independently of retrieval, then the knowledge base answers,
 * and the reply is composed from passages and reviewed templates. The CPU work runs on Reactor's parallel scheduler,
 * never on a transport's event loop.
 */
@Service
class DefaultChatService implements ChatService {

    private static final Logger log = LoggerFactory.getLogger(DefaultChatService.class);

    private final KnowledgeBase knowledge;
    private final TriageProperties triage;
    private final ConversationStore conversations;
    private final ChatMetrics metrics;
    private final Scheduler scheduler = Schedulers.parallel();

    DefaultChatService(KnowledgeBase knowledge, TriageProperties triage, ChatProperties properties,
                       ChatMetrics metrics) {
        this.knowledge = knowledge;
        this.triage = triage;
        this.metrics = metrics;
        this.conversations = new ConversationStore(properties.conversationTtl(), properties.maxConversations(),
                Clock.systemUTC());
    }

    @Override
    public Mono<Reply> reply(Message message) {
        return Mono.fromCallable(() -> answer(message))
                .subscribeOn(scheduler)
                .transform(answering -> metrics.timed(message.channel(), answering))
                .onErrorResume(RuntimeException.class, e -> {
                    // Logged without the message: only the failure's type and place.
                    log.error("Could not answer a message; sent the 'unavailable' reply", e);
                    return Mono.fromCallable(() -> knowledge.use(k -> ReplyComposer.notice(k.content(),
                            "unavailable", none())));
                });
    }

    Reply answer(Message message) {
        return knowledge.use(k -> {
            Content content = k.content();
            if (message.topic() != null) {
                return topic(k, message);
            }
            String text = message.text() == null ? "" : message.text();
            if (text.isBlank()) {
                return ReplyComposer.welcome(content);
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                return ReplyComposer.notice(content, "too-long", k.triage().assess(text, triage.region()));
            }
            // One embedding of the message serves triage's semantic safety net and retrieval.
            PreparedMessage prepared = k.index().prepare(text);
            // Red flags first, on the whole message, whatever retrieval will find.
            TriageResult flags = k.triage().assess(text, triage.region(), prepared.meaning());
            Answer answer = k.index().answer(prepared, conversations.lastSection(message.conversationId()));
            conversations.remember(message.conversationId(), answer.declined() ? null
                    : answer.topicId() != null ? answer.topicId() : answer.sectionId());
            return ReplyComposer.compose(content, answer, flags);
        });
    }

    private Reply topic(Knowledge k, Message message) {
        Content content = k.content();
        String id = message.topic();
        if (id.startsWith(Content.REFERENCES)) {
            String topic = id.length() > Content.REFERENCES.length() + 1
                    ? id.substring(Content.REFERENCES.length() + 1) : null;
            List<String> refs = (topic == null ? content.references() : content.referencesFor(topic)).stream()
                    .map(r -> r.id()).toList();
            boolean known = topic == null || content.section(topic).isPresent();
            return ReplyComposer.compose(content, new Answer(Content.REFERENCES, null, null, known ? topic : null,
                    known ? refs : content.references().stream().map(r -> r.id()).toList(), false), none());
        }
        if (content.section(id).isEmpty()) {
            return ReplyComposer.compose(content, new Answer(null, null, null, null, List.of(), false), none());
        }
        conversations.remember(message.conversationId(), id);
        return ReplyComposer.compose(content, new Answer(id, k.index().bestPassage(id, null), null, null, List.of(),
                false), none());
    }

    private static TriageResult none() {
        return new TriageResult(Urgency.NONE, List.of(), null);
    }

    /** Content is immutable and outlives its index: reading it needs no pin on the index. */
    private Content content() {
        return knowledge.current().content();
    }

    @Override
    public Reply welcome() {
        return ReplyComposer.welcome(content());
    }

    @Override
    public String help() {
        return content().template("help");
    }

    @Override
    public List<Topic> topics() {
        return content().sections().stream().map(s -> new Topic(s.id(), s.title())).toList();
    }

    @Override
    public List<Citation> sources() {
        return content().references().stream()
                .map(r -> new Citation(r.id(), r.citation(), r.doi(), r.url())).toList();
    }

    @Override
    public String nonText() {
        return content().template("non-text");
    }

}
