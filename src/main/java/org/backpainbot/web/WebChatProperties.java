package org.backpainbot.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and policy of the website chat socket ({@code /ws/chat}), properties {@code bot.web.*}.
 *
 * @param allowedOrigins origin patterns allowed to open the socket, besides the service's own origin and
 *                       clients that send no Origin header; the default admits localhost for development
 * @param rateLimit per-socket token bucket for incoming frames
 * @param idleTimeout a socket with no incoming frame (a pong counts) for this long is closed
 * @param pingInterval how often the server pings; browsers answer with pongs, so healthy sockets never idle out
 * @param maxSockets concurrent sockets; the next one is closed at once with 1013 (try again later)
 * @param maxFrameSize largest incoming frame; a bigger one closes the socket with 1009. 8 KB rather than 4 so
 *                     that any 2,000-character message (up to 3 UTF-8 bytes per character) fits and gets the
 *                     friendlier too_large error frame from the text check instead
 */
@ConfigurationProperties("bot.web")
@Validated
record WebChatProperties(
        @DefaultValue({"http://localhost:[*]", "http://127.0.0.1:[*]", "https://localhost:[*]",
                "https://127.0.0.1:[*]"}) List<String> allowedOrigins,
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue("5m") @NotNull Duration idleTimeout,
        @DefaultValue("30s") @NotNull Duration pingInterval,
        @DefaultValue("10000") @Positive int maxSockets,
        @DefaultValue("8KB") @NotNull DataSize maxFrameSize) {

    /**
     * @param burst frames a socket may send at once
     * @param perSecond frames per second refilled after the burst
     */
    record RateLimit(@DefaultValue("5") @Positive int burst, @DefaultValue("1") @Positive double perSecond) {
    }
}
