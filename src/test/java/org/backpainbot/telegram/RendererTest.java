package org.backpainbot.telegram;

import java.util.List;

import org.backpainbot.chat.Citation;
import org.backpainbot.chat.Reply;
import org.backpainbot.chat.Suggestion;
import org.backpainbot.triage.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RendererTest {

    private final Renderer renderer = new Renderer(new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT));

    @Test
    void escapesPassageAndCitationAndLinksTheDoi() {
        Reply reply = new Reply("Use a <pillow> & rest \"often\"", "s", "p", Urgency.NONE, null,
                List.of(new Citation("r", "A&B <2019>", "10.1/x\"y", null)), List.of());
        String html = renderer.reply(reply).get(0).html();
        assertThat(html).isEqualTo("Use a &lt;pillow&gt; &amp; rest &quot;often&quot;\n\n"
                + "\u2022 <a href=\"https://doi.org/10.1/x&quot;y\">A&amp;B &lt;2019&gt;</a>");
    }

    @Test
    void providerAdviceStaysWhereTheChatPutIt() {
        Reply reply = new Reply("Passage. See your midwife.", "s", "p", Urgency.PROVIDER, "See your midwife.",
                List.of(), List.of());
        assertThat(renderer.reply(reply).get(0).html()).isEqualTo("Passage. See your midwife.");
    }

    @Test
    void suggestionsWithTooLongCallbackDataAreLeftOut() {
        Reply reply = new Reply("t", "s", "p", Urgency.NONE, null, List.of(),
                List.of(new Suggestion("ok", "lifting"), new Suggestion("too long", "x".repeat(80))));
        Outgoing out = renderer.reply(reply).get(0);
        assertThat(out.keyboard().getKeyboard()).hasSize(1);
        assertThat(out.keyboard().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("topic:lifting");
    }
}
