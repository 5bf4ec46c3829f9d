package org.backpainbot.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from a content directory, validated and immutable: one consistent version of what the bot knows.
 *
 * @param synonyms the lay-vocabulary file's text (Solr synonyms format), parsed by the search package
 * @param notCovered topics the articles do not cover, so that messages about them are declined
 * @param templates reviewed reply templates by key (greeting, fallback, ...)
 * @param hash SHA-256 over every content file, to tell whether a built index is still current
 */
public record Content(List<Article> articles, List<Reference> references, String synonyms,
                      List<NotCoveredTopic> notCovered, Map<String, String> templates, String hash) {

    public static final String REFERENCES = "references";
    public static final String SYNONYMS_FILE = "synonyms.txt";

    public List<Section> sections() {
        return articles.stream().flatMap(a -> a.sections().stream()).toList();
    }

    public Optional<Section> section(String id) {
        return sections().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<String, Passage> passagesById() {
        Map<String, Passage> byId = new LinkedHashMap<>();
        sections().forEach(s -> s.passages().forEach(p -> byId.put(p.id(), p)));
        return byId;
    }

    public List<Reference> referencesFor(String sectionId) {
        return references.stream().filter(r -> r.supports().contains(sectionId)).toList();
    }

    public String template(String key) {
        String text = templates.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no template " + key);
        }
        return text;
    }
}
