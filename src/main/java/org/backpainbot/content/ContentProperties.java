package org.backpainbot.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the maintainers' content lives: property {@code bot.content-dir}. */
@ConfigurationProperties("bot")
public record ContentProperties(@DefaultValue("index-data") Path contentDir) {
}
