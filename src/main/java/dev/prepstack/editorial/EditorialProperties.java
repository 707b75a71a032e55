package dev.prepstack.editorial;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the editorial workflow.
 *
 * @param suggestionsPerDay suggestions one account may send in 24 hours (0 turns the limit off)
 */
@ConfigurationProperties("prepstack.editorial")
public record EditorialProperties(@DefaultValue("20") int suggestionsPerDay) {}
