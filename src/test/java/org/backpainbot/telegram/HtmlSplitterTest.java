package org.backpainbot.telegram;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSplitterTest {

    private final HtmlSplitter splitter = new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT);

    @Test
    void shortTextIsOnePart() {
        assertThat(splitter.split("a &amp; b")).containsExactly("a &amp; b");
    }

    @Test
    void splitsOnParagraphsFirst() {
        String paragraph = "Sentence one is here. ".repeat(80).strip();
        String text = String.join("\n\n", Collections.nCopies(5, paragraph));
        List<String> parts = splitter.split(text);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(HtmlSplitter.TELEGRAM_LIMIT);
            assertThat(part).startsWith("Sentence one").endsWith("is here.");
        });
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
    }

    @Test
    void aHugeParagraphIsSplitOnSentencesThenHard() {
        String sentences = "Rest when the baby sleeps &amp; stretch gently. ".repeat(200).strip();
        assertThat(splitter.split(sentences)).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(HtmlSplitter.TELEGRAM_LIMIT);
            assertThat(part).endsWith("gently.");
        });
        String word = "x&amp;".repeat(3000);
        assertThat(splitter.split(word)).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(HtmlSplitter.TELEGRAM_LIMIT);
            assertThat(part).startsWith("x").endsWith("&amp;");
        });
    }

    @Test
    void aTagOpenAtACutIsClosedAndReopened() {
        String bold = "<b>" + "Seek care today. ".repeat(400).strip() + "</b>";
        List<String> parts = splitter.split(bold);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part).startsWith("<b>").endsWith("</b>");
            assertThat(part.length()).isLessThanOrEqualTo(HtmlSplitter.TELEGRAM_LIMIT);
        });
    }
}
