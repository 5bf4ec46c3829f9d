package org.backpainbot.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Gives the application its own Reactor Netty event loops and connection pool instead of the JVM-wide ones.
 * A factory that manages the global resources disposes them when its application context closes, which tears the
 * loops out from under any other context in the same JVM (tests run several, and close some as they go): requests
 * on those loops then hang. With its own resources an application closes only what it owns.
 */
@Configuration(proxyBeanMethods = false)
class ReactorResourcesConfiguration {

    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }
}
