package org.backpainbot.admin;

import org.backpainbot.chat.KnowledgeBase;
import org.backpainbot.content.ContentProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Decides which version the chat starts with: the versions on disk are the admin package's, so it creates the
 * {@link KnowledgeBase} from them. Runs whether or not the admin endpoints are enabled.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    KnowledgeVersions knowledgeVersions(AdminProperties properties) {
        return new KnowledgeVersions(new VersionStore(properties.indexDir()), properties.indexKeep());
    }

    /** Fails start-up with every file:line problem when the content must be rebuilt and is invalid. */
    @Bean
    KnowledgeBase knowledgeBase(KnowledgeVersions versions, ContentProperties content) {
        return new KnowledgeBase(versions.startup(content.contentDir()));
    }
}
