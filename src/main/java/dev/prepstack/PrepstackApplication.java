package dev.prepstack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PrepstackApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrepstackApplication.class, args);
    }
}
