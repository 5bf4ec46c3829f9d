package org.backpainbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.backpainbot.content.ContentLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(ContentLoader.load(Path.of("index-data")), new ByteBuffersDirectory());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void indexesEveryPassageOfTheArticle() {
        assertThat(index.passageCount()).isEqualTo(index.content().passagesById().size()).isEqualTo(17);
    }

    @Test
    void picksThePassageThatAnswersWithinTheSection() {
        assertThat(index.answer("what are the symptoms of gallstones", null).passage().id())
                .isEqualTo("gallstones/the-cause");
        assertThat(index.answer("do gallstones need surgery to remove the gallbladder", null).passage().id())
                .isEqualTo("gallstones/the-remedy");
    }

    @Test
    void readsLayWordsAndTypos() {
        assertThat(index.answer("brestfeeding and my back", null).sectionId()).isEqualTo("breastfeeding");
        assertThat(index.answer("is the tummy gap why my back hurts", null).sectionId())
                .isEqualTo("diastasis-recti");
    }

    @Test
    void routesRequestsForResearchToTheReferencesOfTheTopic() {
        Answer answer = index.answer("link me the research on nursing and back pain", null);
        assertThat(answer.sectionId()).isEqualTo("references");
        assertThat(answer.topicId()).isEqualTo("breastfeeding");
        assertThat(answer.references()).first().isEqualTo("mogren-2009");
    }

    @Test
    void declinesWhatTheArticleDoesNotCover() {
        assertThat(index.answer("when can i start sleep training my baby", null).declined()).isTrue();
        assertThat(index.answer("asdfgh qwerty", null).declined()).isTrue();
    }

    @Test
    void aShortFollowUpContinuesThePreviousSection() {
        Answer answer = index.answer("how long does it last?", "epidural");
        assertThat(answer.sectionId()).isEqualTo("epidural");
        assertThat(answer.usedContext()).isTrue();
    }

    @Test
    void aMessageAboutTheBabysBodyIsDeclinedButHerOwnIsAnswered() {
        assertThat(index.answer("our little one keeps stiffening his back when he cries", null).declined()).isTrue();
        assertThat(index.answer("my back hurts from carrying him all day", null).declined()).isFalse();
    }

    @Test
    void aMessageAboutSomethingElseIsNotTakenAsAFollowUp() {
        assertThat(index.answer("what is the capital of peru", "epidural").declined()).isTrue();
    }

    @Test
    void queryParserSyntaxAndOddInputNeverThrow() {
        for (String text : new String[]{"\"unbalanced quote", "back/pain AND OR NOT", "epidural*~2^3 [a TO b]",
                "(((", "😀😀😀", "", "\u0000\u0001", "ظهري يؤلمني", "a".repeat(10_000),
                "word ".repeat(2_000)}) {
            assertThatCode(() -> index.answer(text, null)).as(text.length() > 40 ? "long" : text)
                    .doesNotThrowAnyException();
        }
    }
}
