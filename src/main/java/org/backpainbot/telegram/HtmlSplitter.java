package org.backpainbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits HTML-formatted text into parts Telegram accepts: on paragraph boundaries first, then sentences, then
 * hard. Lengths are measured on the escaped HTML (what we send), never cut inside a tag or an entity, and a tag
 * open at a cut is closed at the end of one part and reopened at the start of the next.
 */
final class HtmlSplitter {

    /** Telegram's limit for one message's text. */
    static final int TELEGRAM_LIMIT = 4096;
    private static final String PARAGRAPH = "\n\n";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    private final int limit;
    /** Room left in each part for tags closed and reopened at a cut. */
    private final int budget;

    HtmlSplitter(int limit) {
        this.limit = limit;
        this.budget = limit - Math.min(limit / 4, 256);
    }

    List<String> split(String html) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> pieces = new ArrayList<>();
        for (String paragraph : html.split(PARAGRAPH)) {
            pieces.addAll(fit(paragraph));
        }
        return balanceTags(pack(pieces));
    }

    /** Pieces of one paragraph, each within the budget: the paragraph, its sentences, or hard cuts. */
    private List<String> fit(String paragraph) {
        if (paragraph.length() <= budget) {
            return List.of(paragraph);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            if (current.length() > 0 && current.length() + 1 + sentence.length() > budget) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (sentence.length() > budget) {
                out.addAll(hardCut(sentence));
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(sentence);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private List<String> hardCut(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > budget) {
            int cut = safeCut(text, start, start + budget);
            out.add(text.substring(start, cut).stripTrailing());
            start = cut;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** The last position at or before {@code max} that is outside a tag, entity and surrogate pair; a space if any. */
    private static int safeCut(String text, int start, int max) {
        int cut = max;
        int tagOpen = text.lastIndexOf('<', cut - 1);
        if (tagOpen >= start && text.indexOf('>', tagOpen) >= cut) {
            cut = tagOpen;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= start && amp > cut - 8 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        if (cut > start && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        int space = text.lastIndexOf(' ', cut);
        if (space > start + (cut - start) / 2) {
            cut = space;
        }
        return cut > start ? cut : max;
    }

    private List<String> pack(List<String> pieces) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (current.length() > 0 && current.length() + PARAGRAPH.length() + piece.length() > budget) {
                parts.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(PARAGRAPH);
            }
            current.append(piece);
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static List<String> balanceTags(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        Deque<String> open = new ArrayDeque<>();
        for (String part : parts) {
            StringBuilder text = new StringBuilder();
            for (Iterator<String> it = open.descendingIterator(); it.hasNext(); ) {
                text.append(it.next());
            }
            text.append(part);
            Matcher tag = TAG.matcher(part);
            while (tag.find()) {
                if (tag.group(1).isEmpty()) {
                    open.push(tag.group());
                } else if (!open.isEmpty()) {
                    open.pop();
                }
            }
            for (String opening : open) {
                text.append("</").append(TAG.matcher(opening).replaceFirst("$2")).append('>');
            }
            out.add(text.toString());
        }
        return out;
    }
}
