package org.backpainbot.chat;

/** Where a message came from; metrics count replies per channel. */
public enum Channel {
    HTTP, WEB, TELEGRAM
}
