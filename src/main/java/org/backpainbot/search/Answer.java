package org.backpainbot.search;

import java.util.List;

import org.backpainbot.content.Passage;

/**
 * Retrieval's decision for one message.
 *
 * @param sectionId the answering section, {@code references} when sources were asked for, or null to decline
 * @param passage the passage to show, or null (declined, or a references answer)
 * @param alternativeId a second section that fits almost as well (offer both), or null
 * @param topicId for a sources request, the section whose research was asked for, or null for all research
 * @param references for a sources request, the matching reference ids, best first
 * @param usedContext true when the message was answered as a follow-up of the previous section
 */
public record Answer(String sectionId, Passage passage, String alternativeId, String topicId,
                     List<String> references, boolean usedContext) {

    static Answer decline() {
        return new Answer(null, null, null, null, List.of(), false);
    }

    public boolean declined() {
        return sectionId == null;
    }
}
