package org.backpainbot.search;

/**
 * One section as a candidate answer.
 *
 * @param score the section's fused score (higher is better); comparable only within one ranking
 * @param evidence how much of the message the section explains, 0..1: the share of the message's meaningful words
 *                 (weighted by how rare they are) that occur in the section; the decline threshold reads this
 */
public record SectionHit(String sectionId, double score, double evidence) {
}
