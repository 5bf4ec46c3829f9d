package org.backpainbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, per conversation, only the id of the section last answered, so a short follow-up ("what helps?") can
 * be read in its light. Never message text. Bounded in size (least recently used forgotten first) and in time.
 */
final class ConversationStore {

    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    ConversationStore(Duration ttl, int capacity, Clock clock) {
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
    }

    synchronized String lastSection(String conversationId) {
        if (conversationId == null) {
            return null;
        }
        Entry entry = entries.get(conversationId);
        if (entry == null) {
            return null;
        }
        if (entry.expires < clock.millis()) {
            entries.remove(conversationId);
            return null;
        }
        return entry.sectionId;
    }

    synchronized void remember(String conversationId, String sectionId) {
        if (conversationId == null) {
            return;
        }
        if (sectionId == null) {
            entries.remove(conversationId);
            return;
        }
        entries.put(conversationId, new Entry(sectionId, clock.millis() + ttl.toMillis()));
        evict();
    }

    synchronized int size() {
        return entries.size();
    }

    private void evict() {
        long now = clock.millis();
        Iterator<Map.Entry<String, Entry>> oldestFirst = entries.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<String, Entry> e = oldestFirst.next();
            if (entries.size() > capacity || e.getValue().expires < now) {
                oldestFirst.remove();
            } else {
                break;
            }
        }
    }

    private record Entry(String sectionId, long expires) {
    }
}
