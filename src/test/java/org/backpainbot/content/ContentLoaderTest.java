package org.backpainbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private static final Path CONTENT = Path.of("index-data");
    private static final String ARTICLE = "articles/postpartum-back-pain.md";

    @TempDir
    Path dir;

    @Test
    void loadsTheArticleIntoSectionsPassagesAndReferences() {
        Content content = ContentLoader.load(CONTENT);
        assertThat(content.sections()).extracting(Section::id).containsExactly("overview", "epidural",
                "diastasis-recti", "breastfeeding", "gallstones", "plo", "relief", "massage", "acupuncture",
                "spinal-manipulation", "references");
        assertThat(content.section("epidural").orElseThrow().passages()).extracting(Passage::id)
                .containsExactly("epidural/the-cause", "epidural/the-remedy");
        assertThat(content.section("relief").orElseThrow().passages()).hasSize(3);
        assertThat(content.referencesFor("epidural")).extracting(Reference::id)
                .contains("macarthur-1995", "loughnan-2002", "cunningham-2014");
        assertThat(content.references()).filteredOn(r -> r.id().equals("macarthur-1995")).first()
                .extracting(Reference::doi).isEqualTo("10.1136/bmj.311.7016.1336");
        assertThat(content.articles().get(0).title()).isEqualTo("What causes postpartum back pain and how to fix it");
    }

    @Test
    void keepsTheArticleTextWordForWordAndLeavesOutPageChrome() throws IOException {
        Path seedFile = Path.of("..", "shared", "seed", "article.txt");
        assumeTrue(Files.exists(seedFile), "the seed article lives in ../shared beside the checkout");
        String seed = Files.readString(seedFile);
        Content content = ContentLoader.load(CONTENT);
        for (Section section : content.sections()) {
            for (Passage passage : section.passages()) {
                assertThat(seed).as(passage.id()).contains(passage.text());
            }
        }
        String all = String.join(" ", content.passagesById().values().stream().map(Passage::text).toList());
        assertThat(all).doesNotContain("waitlist", "newsletter", "MamaMend", "Woman with back pain");
    }

    @Test
    void reportsEveryProblemWithItsFileAndLine() throws IOException {
        copy();
        String article = Files.readString(dir.resolve(ARTICLE))
                .replace("{#plo}", "{#epidural}")
                .replace("published: 2020-05-04", "published: May 4");
        Files.writeString(dir.resolve(ARTICLE), article);

        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).problems()).extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).matches(ARTICLE + ":4: published must be a date.*"))
                        .anySatisfy(p -> assertThat(p).matches(ARTICLE + ":\\d+: duplicate section id 'epidural'.*"))
                        .anySatisfy(p -> assertThat(p).matches(
                                ARTICLE + ":\\d+: reference terzi-2014 supports section 'plo', which does not exist")));
    }

    @Test
    void reportsInvalidUtf8AtItsLine() throws IOException {
        copy();
        byte[] bytes = Files.readAllBytes(dir.resolve(ARTICLE));
        byte[] broken = new byte[bytes.length + 1];
        int secondLine = new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 1;
        System.arraycopy(bytes, 0, broken, 0, secondLine);
        broken[secondLine] = (byte) 0xFF;
        System.arraycopy(bytes, secondLine, broken, secondLine + 1, bytes.length - secondLine);
        Files.write(dir.resolve(ARTICLE), broken);

        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).problems()).extracting(Object::toString)
                        .containsExactly(ARTICLE + ":2: invalid UTF-8 (save the file as UTF-8)"));
    }

    @Test
    void aHeadingWithoutAnIdGetsASlugOfItsText() throws IOException {
        copy();
        Files.writeString(dir.resolve("articles/second.md"), String.join("\n", List.of("---", "title: Second",
                "url:", "published: 2021-01-01", "---", "", "## Sleep and Back Pain", "", "A paragraph.", "")));
        Content content = ContentLoader.load(dir);
        assertThat(content.section("sleep-and-back-pain")).isPresent();
    }

    private void copy() throws IOException {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(CONTENT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
