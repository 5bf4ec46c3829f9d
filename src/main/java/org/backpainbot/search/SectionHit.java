package org.backpainbot.search;

/**
 * One section as a candidate answer.
 *
 * @param score the fused rank score (reciprocal-rank fusion of the lexical and the semantic ranking); higher is better
 *              and comparable only within one ranking
 * @param lexical the section's BM25 score (its best document plus a share of its second), 0 when no word matched
 * @param similarity cosine similarity between the message and the section's closest passage or question, -1..1
 * @param evidence how much of the message the section explains, 0..1: the share of the message's meaningful words
 *                 (weighted by how rare they are) that occur in the section
 */
public record SectionHit(String sectionId, double score, double lexical, double similarity, double evidence) {
}
