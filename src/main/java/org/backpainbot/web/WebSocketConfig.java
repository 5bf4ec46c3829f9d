package org.backpainbot.web;

import java.util.List;
import java.util.Map;

import reactor.netty.http.server.WebsocketServerSpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;

/**
 * Maps {@code /ws/chat}, refuses foreign origins at the handshake (403) and caps the frame size in Netty, so an
 * oversized frame is never buffered.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketConfig implements WebFluxConfigurer {

    static final String PATH = "/ws/chat";

    private final WebChatProperties properties;

    WebSocketConfig(WebChatProperties properties) {
        this.properties = properties;
    }

    @Bean
    HandlerMapping chatWebSocketMapping(ChatWebSocketHandler handler) {
        // Before the static resources' mapping, which would otherwise answer /ws/** with 404.
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(PATH, handler), Ordered.HIGHEST_PRECEDENCE);
        mapping.setCorsConfigurations(Map.of(PATH, originPolicy()));
        return mapping;
    }

    /**
     * Browsers send Origin on every WebSocket handshake but never enforce CORS on it, so the server must. The CORS
     * processor does exactly that check: same-origin and Origin-less requests pass, listed origins pass, any other
     * gets 403 before the upgrade.
     */
    private CorsConfiguration originPolicy() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET"));
        return cors;
    }

    @Override
    public WebSocketService getWebSocketService() {
        int maxFrame = Math.toIntExact(properties.maxFrameSize().toBytes());
        return new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy(
                () -> WebsocketServerSpec.builder().maxFramePayloadLength(maxFrame)));
    }
}
