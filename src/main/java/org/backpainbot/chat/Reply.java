package org.backpainbot.chat;

import java.util.List;

import org.backpainbot.triage.Urgency;

/**
 * The one reply every channel renders.
 *
 * @param text what the user reads: emergency advice first when urgent, the passage, its one-line source, and a
 *             provider nudge when a warning sign was named
 * @param section id of the answering section, or null when nothing fits
 * @param passageId stable id of the passage shown, or null
 * @param urgency red-flag tier of the message
 * @param advice the triage advice alone (also inside {@code text}), or null when urgency is none; lets channels
 *               style it distinctly
 * @param citations references of the answering section
 * @param suggestions 2-4 follow-up topics; when the question was ambiguous, the close alternative first
 */
public record Reply(String text, String section, String passageId, Urgency urgency, String advice,
                    List<Citation> citations, List<Suggestion> suggestions) {
}
