package org.backpainbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backpainbot.content.Content;
import org.backpainbot.content.Passage;
import org.backpainbot.content.Reference;
import org.backpainbot.content.Section;
import org.backpainbot.search.Answer;
import org.backpainbot.triage.TriageResult;
import org.backpainbot.triage.Urgency;

/**
 * Writes the reply a user reads, only from indexed passages and the reviewed templates: emergency advice alone at
 * the top, then the passage and its source, then a provider nudge naming the sign. Adds citations and suggestions.
 */
final class ReplyComposer {

    /** Sections offered when nothing fits or there is nothing closer to suggest. */
    private static final List<String> STARTERS = List.of("overview", "relief", "epidural", "diastasis-recti",
            "breastfeeding");
    private static final int MAX_SUGGESTIONS = 4;

    private ReplyComposer() {
    }

    static Reply compose(Content content, Answer answer, TriageResult triage) {
        List<String> body = new ArrayList<>();
        String section = answer.sectionId();
        Passage passage = answer.passage();
        List<Citation> citations;
        if (answer.declined()) {
            body.add(content.template("fallback"));
            citations = List.of();
        } else if (Content.REFERENCES.equals(section)) {
            citations = citations(content, answer.references());
            body.add(content.template("sources-intro").replace("{section}", answer.topicId() == null
                    ? "postpartum back pain" : title(content, answer.topicId())));
            citations.forEach(c -> body.add("• " + c.text() + (c.doi() != null ? " https://doi.org/" + c.doi()
                    : c.url() != null ? " " + c.url() : "")));
        } else {
            Section s = content.section(section).orElseThrow();
            if (answer.alternativeId() != null) {
                body.add(content.template("ambiguous").replace("{first}", s.title())
                        .replace("{second}", title(content, answer.alternativeId())));
            }
            body.add(passage.text());
            body.add(content.template("source").replace("{article}", s.articleTitle()).replace("{section}",
                    s.title()));
            citations = citations(content, content.referencesFor(section).stream().map(Reference::id).toList());
        }
        return new Reply(withAdvice(body, triage), section, passage == null ? null : passage.id(),
                triage.urgency(), advice(triage), citations, suggestions(content, answer));
    }

    /** Emergency advice stands alone at the top; a provider nudge comes after everything else. */
    private static String withAdvice(List<String> body, TriageResult triage) {
        List<String> parts = new ArrayList<>(body);
        if (triage.urgency() == Urgency.EMERGENCY) {
            parts.add(0, triage.advice());
        } else if (triage.urgency() == Urgency.PROVIDER) {
            parts.add(triage.advice());
        }
        return String.join("\n\n", parts);
    }

    private static String advice(TriageResult triage) {
        return triage.urgency() == Urgency.NONE ? null : triage.advice();
    }

    static Reply welcome(Content content) {
        return new Reply(content.template("greeting"), null, null, Urgency.NONE, null, List.of(),
                suggestions(content, List.of(), null));
    }

    /** A reply made of one template alone (too long, unavailable): no passage, the starter topics. */
    static Reply notice(Content content, String template, TriageResult triage) {
        return new Reply(withAdvice(List.of(content.template(template)), triage), null, null, triage.urgency(),
                advice(triage), List.of(), suggestions(content, List.of(), null));
    }

    private static List<Suggestion> suggestions(Content content, Answer answer) {
        List<String> first = new ArrayList<>();
        if (answer.alternativeId() != null) {
            first.add(answer.alternativeId());
        }
        if (Content.REFERENCES.equals(answer.sectionId()) && answer.topicId() != null) {
            first.add(answer.topicId());
        }
        if (!answer.declined() && !Content.REFERENCES.equals(answer.sectionId())
                && !content.referencesFor(answer.sectionId()).isEmpty()) {
            first.add(Content.REFERENCES + ":" + answer.sectionId());
        }
        return suggestions(content, first, answer.sectionId());
    }

    private static List<Suggestion> suggestions(Content content, List<String> first, String current) {
        Set<String> ids = new LinkedHashSet<>(first);
        for (String starter : STARTERS) {
            ids.add(starter);
        }
        content.sections().forEach(s -> ids.add(s.id()));
        List<Suggestion> suggestions = new ArrayList<>();
        for (String id : ids) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            if (id.equals(current) || id.equals(Content.REFERENCES)) {
                continue;
            }
            if (id.startsWith(Content.REFERENCES + ":")) {
                String topic = id.substring(Content.REFERENCES.length() + 1);
                suggestions.add(new Suggestion("Research on " + lowerFirst(title(content, topic)), id));
            } else if (content.section(id).isPresent()) {
                suggestions.add(new Suggestion(title(content, id), id));
            }
        }
        return List.copyOf(suggestions);
    }

    private static List<Citation> citations(Content content, List<String> referenceIds) {
        List<Citation> citations = new ArrayList<>();
        for (String id : referenceIds) {
            content.references().stream().filter(r -> r.id().equals(id)).findFirst()
                    .ifPresent(r -> citations.add(new Citation(r.id(), r.citation(), r.doi(), r.url())));
        }
        return List.copyOf(citations);
    }

    private static String title(Content content, String sectionId) {
        return content.section(sectionId).map(Section::title).orElse(sectionId);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
