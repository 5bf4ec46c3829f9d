package org.backpainbot.chat;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The conversation, independent of transport: every channel calls {@link #reply(Message)} and renders the
 * {@link Reply}. Never fails: bad input and internal trouble become polite replies.
 */
public interface ChatService {

    /** Answers one message; the work runs off the caller's (event-loop) thread. */
    Mono<Reply> reply(Message message);

    /** The greeting and the topics to offer when a conversation starts. */
    Reply welcome();

    /** The reviewed help text (what the bot can do, that it is not medical advice). */
    String help();

    /** The sections, in reading order, for topic lists. */
    List<Topic> topics();

    /** The references with their citations, for a "sources" command. */
    List<Citation> sources();

    /** The reviewed reply to a message that is not text (a sticker, a photo). */
    String nonText();

    /** Longest text accepted, in characters; longer messages are refused before any work. */
    int MAX_TEXT_LENGTH = 2000;
}
