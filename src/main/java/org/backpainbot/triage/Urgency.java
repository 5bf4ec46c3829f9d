package org.backpainbot.triage;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How urgently the message's author should seek care. */
public enum Urgency {
    NONE, PROVIDER, EMERGENCY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
