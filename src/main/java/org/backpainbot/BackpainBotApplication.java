package org.backpainbot;

import java.util.List;

import org.backpainbot.admin.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the backpain-bot service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackpainBotApplication {

    public static void main(String[] args) {
        if (ValidateCommand.isRequested(args)) {
            // Checked without Spring: a maintainer's check must not need a port, a token or a built index.
            System.exit(ValidateCommand.run(List.of(args), System.out, System.err));
        }
        SpringApplication.run(BackpainBotApplication.class, args);
    }
}
