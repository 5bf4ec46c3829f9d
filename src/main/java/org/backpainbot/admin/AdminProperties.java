package org.backpainbot.admin;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Maintainer settings.
 *
 * @param adminToken bearer token for the {@code /admin} endpoints ({@code BOT_ADMIN_TOKEN}); when unset or blank the
 *                   endpoints do not exist. At least 16 characters, since it guards a public port.
 * @param indexDir where index versions are kept, each with a copy of the content it was built from; outside the
 *                 source tree ({@code /data/} is git-ignored)
 * @param indexKeep how many versions are kept on disk, the live one included; at least 2 so there is one to roll
 *                  back to
 */
@Validated
@ConfigurationProperties("bot")
record AdminProperties(@Size(min = 16) String adminToken,
                       @DefaultValue("data/index") Path indexDir,
                       @DefaultValue("3") @Min(2) int indexKeep) {

    AdminProperties {
        // An empty BOT_ADMIN_TOKEN means "no admin endpoints", never "the empty string is the password".
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    }
}
