package dev.prepstack.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param contentDir an operator's own content folder; empty means the bank shipped in the jar
 */
@ConfigurationProperties("prepstack")
public record ContentProperties(String contentDir) {}
