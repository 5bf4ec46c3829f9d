package org.backpainbot.content;

import java.util.List;

/**
 * A scientific reference at the end of an article.
 *
 * @param name short name such as "Macarthur 1995"
 * @param citation the full citation, word for word
 * @param doi DOI where the article gives one, else null
 * @param url URL where the article gives one, else null
 * @param supports ids of the sections this reference supports
 */
public record Reference(String id, String name, String citation, String doi, String url, List<String> supports) {
}
