package org.backpainbot.web;

/** Body of {@code POST /api/chat}. */
record ChatRequest(String text, String conversationId) {
}
