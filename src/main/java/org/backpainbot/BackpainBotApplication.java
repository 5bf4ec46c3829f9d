package org.backpainbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the backpain-bot service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackpainBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackpainBotApplication.class, args);
    }
}
