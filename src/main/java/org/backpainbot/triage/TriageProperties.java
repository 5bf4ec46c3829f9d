package org.backpainbot.triage;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Triage settings; the region picks which emergency numbers the advice gives. */
@Validated
@ConfigurationProperties("bot.triage")
public record TriageProperties(@DefaultValue("US") @NotNull Region region) {
}
