package org.backpainbot.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Triage settings: property {@code bot.triage.region}. */
@ConfigurationProperties("bot.triage")
public record TriageProperties(@DefaultValue("US") Region region) {
}
