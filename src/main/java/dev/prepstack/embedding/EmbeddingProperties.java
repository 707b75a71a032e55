package dev.prepstack.embedding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the in-process model at start-up; off, search is lexical only and feedback
 *     says semantic matching is unavailable
 */
@ConfigurationProperties("prepstack.embedding")
public record EmbeddingProperties(@DefaultValue("true") boolean enabled) {}
