/** The transport-agnostic conversation: one entry point, reply(Message), combining triage, retrieval and the reviewed templates into a Reply. */
package org.backpainbot.chat;
