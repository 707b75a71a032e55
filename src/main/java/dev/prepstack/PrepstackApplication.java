package dev.prepstack;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PrepstackApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrepstackApplication.class, args);
    }

    /** The server's clock, a bean so that tests can move time for rules that depend on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
