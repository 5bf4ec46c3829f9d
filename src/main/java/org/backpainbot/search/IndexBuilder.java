package org.backpainbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.backpainbot.content.Content;
import org.backpainbot.content.NotCoveredTopic;
import org.backpainbot.content.Passage;
import org.backpainbot.content.Reference;
import org.backpainbot.content.Section;

/** Writes one index version for a content snapshot: passages, questions, references, not-covered topics, words. */
final class IndexBuilder {

    static final String NOT_COVERED_SECTION = "_not_covered";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private IndexBuilder() {
    }

    static void write(Content content, Directory directory) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(Analyzers.index(), java.util.Map.of(Fields.SPELL,
                Analyzers.words()));
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        List<Document> docs = new ArrayList<>();
        List<String> meanings = new ArrayList<>();
        try (analyzer; IndexWriter writer = new IndexWriter(directory, config)) {
            Set<String> vocabulary = new LinkedHashSet<>();
            for (Section section : content.sections()) {
                for (Passage passage : section.passages()) {
                    String title = passage.heading() == null ? section.title()
                            : section.title() + " " + passage.heading();
                    docs.add(doc(passage.id(), Fields.TYPE_PASSAGE, section.id(), passage.text(), title));
                    meanings.add(title + ". " + passage.text());
                    words(passage.text() + " " + title, vocabulary);
                }
                for (int i = 0; i < section.questions().size(); i++) {
                    String question = section.questions().get(i);
                    docs.add(doc("question:" + section.id() + ":" + i, Fields.TYPE_QUESTION, section.id(),
                            question, section.title()));
                    meanings.add(question);
                    words(question, vocabulary);
                }
            }
            for (Reference reference : content.references()) {
                String supported = String.join(" ", reference.supports().stream()
                        .map(id -> content.section(id).map(Section::title).orElse(id)).toList());
                writer.addDocument(doc("reference:" + reference.id(), Fields.TYPE_REFERENCE, Content.REFERENCES,
                        reference.citation(), reference.name() + " " + supported));
                words(reference.citation(), vocabulary);
            }
            for (NotCoveredTopic topic : content.notCovered()) {
                String phrases = String.join(", ", topic.phrases());
                docs.add(doc("not-covered:" + topic.line(), Fields.TYPE_NOT_COVERED, NOT_COVERED_SECTION,
                        phrases, ""));
                meanings.add(topic.name() + ": " + phrases);
                words(phrases, vocabulary);
                // A list of words means little to the model as a whole: each phrase also gets its own meaning, in a
                // document without words, so "pelvic floor exercises how many a day" is near "kegels" itself and
                // BM25 still sees the topic as one document.
                int n = 0;
                for (String phrase : topic.phrases()) {
                    docs.add(doc("not-covered:" + topic.line() + ":" + (++n), Fields.TYPE_NOT_COVERED,
                            NOT_COVERED_SECTION, "", ""));
                    meanings.add(topic.name() + ": " + phrase);
                }
            }
            List<float[]> vectors = Embedder.shared().embedContent(meanings);
            for (int i = 0; i < docs.size(); i++) {
                docs.get(i).add(new KnnFloatVectorField(Fields.VECTOR, vectors.get(i),
                        VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(docs.get(i));
            }
            words(content.synonyms().replaceAll("(?m)^#.*$", ""), vocabulary);
            Document words = new Document();
            words.add(new StringField(Fields.TYPE, Fields.TYPE_VOCABULARY, Field.Store.NO));
            words.add(new TextField(Fields.SPELL, String.join(" ", vocabulary), Field.Store.NO));
            writer.addDocument(words);
            writer.commit();
        } catch (IOException e) {
            throw new SearchException("cannot write the index", e);
        }
    }

    private static Document doc(String id, String type, String section, String body, String title) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, type, Field.Store.YES));
        doc.add(new StringField(Fields.SECTION, section, Field.Store.YES));
        doc.add(new TextField(Fields.BODY, body, Field.Store.NO));
        doc.add(new TextField(Fields.TITLE, title, Field.Store.NO));
        return doc;
    }

    private static void words(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        }
    }
}
