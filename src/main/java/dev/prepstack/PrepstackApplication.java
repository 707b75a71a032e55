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
        if (Boolean.getBoolean("prepstack.stop-on-term-with-success")) {
            stopOnTermWithSuccess();
        }
        SpringApplication.run(PrepstackApplication.class, args);
    }

    /**
     * {@code ./mvnw spring-boot:run} sets this (pom.xml). The plugin gives the application 5 seconds to
     * stop after Ctrl+C, then sends SIGTERM, as it does when Maven itself is terminated; a JVM stopped by
     * SIGTERM exits with 143, which the plugin reports as "BUILD FAILURE". Stopping on request is not a
     * failure: SIGTERM here runs the usual shutdown (graceful, hooks included) and exits with 0. Images and
     * {@code java -jar} keep the JVM's own handling.
     */
    @SuppressWarnings("restriction")
    private static void stopOnTermWithSuccess() {
        try {
            sun.misc.Signal.handle(
                    new sun.misc.Signal("TERM"), signal -> new Thread(() -> System.exit(0), "stop-on-term").start());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGTERM on this platform (Windows): nothing to change.
        }
    }

    /** The server's clock, a bean so that tests can move time for rules that depend on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
