package org.backpainbot.triage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewed wording shown to the mother, with each region's numbers already filled in, so that composing
 * advice at assess time is string concatenation only.
 */
final class Messages {

    /** headlines.get(region).get(tier), sayings.get(region).get(signId): placeholders already replaced. */
    private final Map<Region, Map<Urgency, String>> headlines;
    private final Map<Region, Map<String, String>> sayings;

    Messages(Map<Region, Map<Urgency, String>> headlines, Map<Region, Map<String, String>> sayings) {
        this.headlines = new EnumMap<>(headlines);
        this.sayings = new EnumMap<>(sayings);
    }

    /** Headline for the tier, then one line per sign in the order given, each saying what to do and why. */
    String advice(Urgency tier, List<String> signIds, Region region) {
        StringBuilder b = new StringBuilder(headlines.get(region).get(tier));
        Map<String, String> say = sayings.get(region);
        for (String id : signIds) {
            b.append('\n').append("- ").append(say.get(id));
        }
        return b.toString();
    }
}
