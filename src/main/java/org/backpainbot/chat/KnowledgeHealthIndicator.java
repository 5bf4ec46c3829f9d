package org.backpainbot.chat;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the knowledge: up while the live version serves passages, with its version and passage count, so a
 * load balancer only routes to an instance whose index is loaded. In the readiness group (application.properties).
 */
@Component
class KnowledgeHealthIndicator implements HealthIndicator {

    private final KnowledgeBase knowledge;

    KnowledgeHealthIndicator(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        return knowledge.use(live -> {
            int passages = live.index().passageCount();
            return (passages > 0 ? Health.up() : Health.down()).withDetail("version", live.version())
                    .withDetail("passages", passages).withDetail("builtAt", live.builtAt().toString()).build();
        });
    }
}
