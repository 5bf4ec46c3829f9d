package org.backpainbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.backpainbot.chat.Citation;
import org.backpainbot.chat.Reply;
import org.backpainbot.chat.Suggestion;
import org.backpainbot.chat.Topic;
import org.backpainbot.triage.Urgency;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns chat replies into Telegram messages: every passage and user fragment HTML-escaped, emergency advice
 * first and bold, citations as links, suggestions and topics as buttons, long text split into parts.
 */
final class Renderer {

    static final String TOPIC_PREFIX = "topic:";
    static final String WARNING = "\u26A0\uFE0F ";
    /** Telegram refuses a whole message whose button carries more callback data than this, in bytes. */
    private static final int MAX_CALLBACK_BYTES = 64;

    private final HtmlSplitter splitter;

    Renderer(HtmlSplitter splitter) {
        this.splitter = splitter;
    }

    List<Outgoing> reply(Reply reply) {
        List<String> paragraphs = new ArrayList<>();
        String text = reply.text() == null ? "" : reply.text();
        if (reply.urgency() == Urgency.EMERGENCY && reply.advice() != null && !reply.advice().isBlank()) {
            paragraphs.add(WARNING + Html.bold(reply.advice().strip()));
            if (text.startsWith(reply.advice())) {
                text = text.substring(reply.advice().length());
            }
        }
        if (!text.isBlank()) {
            paragraphs.add(Html.escape(text.strip()));
        }
        List<String> sources = citationLines(reply.citations());
        if (!sources.isEmpty()) {
            paragraphs.add(String.join("\n", sources));
        }
        return withKeyboard(String.join("\n\n", paragraphs),
                keyboard(reply.suggestions(), s -> button(s.label(), s.section())));
    }

    List<Outgoing> start(Reply welcome, String help, List<Topic> topics) {
        String html = Html.escape(welcome.text()) + "\n\n" + Html.escape(help);
        return withKeyboard(html, topicKeyboard(topics));
    }

    List<Outgoing> text(String text) {
        return withKeyboard(Html.escape(text), null);
    }

    List<Outgoing> topics(String intro, List<Topic> topics) {
        return withKeyboard(Html.escape(intro), topicKeyboard(topics));
    }

    List<Outgoing> sources(List<Citation> citations) {
        List<String> lines = citationLines(citations);
        return withKeyboard(String.join("\n\n", lines), null);
    }

    private static List<String> citationLines(List<Citation> citations) {
        List<String> lines = new ArrayList<>();
        if (citations == null) {
            return lines;
        }
        for (Citation citation : citations) {
            String href = citation.doi() != null && !citation.doi().isBlank()
                    ? "https://doi.org/" + citation.doi().strip()
                    : citation.url();
            lines.add("\u2022 " + (href == null || href.isBlank()
                    ? Html.escape(citation.text()) : Html.link(href, citation.text())));
        }
        return lines;
    }

    private InlineKeyboardMarkup topicKeyboard(List<Topic> topics) {
        return keyboard(topics, t -> button(t.title(), t.id()));
    }

    private static <T> InlineKeyboardMarkup keyboard(List<T> items, Function<T, InlineKeyboardButton> toButton) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (T item : items) {
            InlineKeyboardButton button = toButton.apply(item);
            if (button != null) {
                rows.add(new InlineKeyboardRow(button));
            }
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(String label, String section) {
        String data = TOPIC_PREFIX + section;
        if (section == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
            return null;
        }
        // button labels are plain text in Telegram: no escaping
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }

    /** Splits the text; the keyboard goes under the last part, where the reader ends up. */
    private List<Outgoing> withKeyboard(String html, InlineKeyboardMarkup keyboard) {
        List<String> parts = splitter.split(html.isBlank() ? "\u2026" : html);
        List<Outgoing> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Outgoing(parts.get(i), i == parts.size() - 1 ? keyboard : null));
        }
        return out;
    }
}
