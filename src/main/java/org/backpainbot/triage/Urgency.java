package org.backpainbot.triage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How soon the mother needs care, in increasing order of urgency (the ordinal order is relied on when tiers combine). */
public enum Urgency {
    NONE, PROVIDER, EMERGENCY;

    /** Lowercase on the wire because the widget and the Telegram adapter match on "none"/"provider"/"emergency". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
