/** Telegram adapter: updates in, ChatService replies out, within Telegram's limits. */
package org.backpainbot.telegram;
