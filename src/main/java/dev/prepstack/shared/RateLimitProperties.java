package dev.prepstack.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of expensive or sensitive endpoints; 0 turns one off (for load tests).
 *
 * @param signInPerMinute sign-in attempts per client IP per minute (pages and token creation)
 * @param signInPerAccountPerHour failed sign-ins per account and client IP per hour (then a lockout of
 *     that client for that account; successes do not count, other clients are not affected)
 * @param signUpPerHour accounts created per client IP per hour
 * @param resetPerHour password-reset requests per client IP and per account per hour
 * @param feedbackPerMinute answer evaluations per user (or IP) per minute
 * @param coachPerMinute LLM coach requests per user (or IP) per minute, on top of the feedback limit
 * @param publicApiPerMinute API requests without a token per client IP per minute (public reads,
 *     sign-up, token creation, feedback)
 * @param optimisePerHour FSRS parameter optimisations a person may ask for per hour (page and API)
 * @param searchPerMinute page searches and search suggestions per client IP per minute (each runs the
 *     embedding model)
 * @param calibrationPerMinute calibration reports per person per minute (page and API; each computes
 *     agreement statistics over all of the organisation's drill and scorecard ratings)
 */
@ConfigurationProperties("prepstack.rate-limit")
public record RateLimitProperties(
        @DefaultValue("20") int signInPerMinute,
        @DefaultValue("30") int signInPerAccountPerHour,
        @DefaultValue("10") int signUpPerHour,
        @DefaultValue("5") int resetPerHour,
        @DefaultValue("30") int feedbackPerMinute,
        @DefaultValue("600") int publicApiPerMinute,
        @DefaultValue("10") int coachPerMinute,
        @DefaultValue("5") int optimisePerHour,
        @DefaultValue("120") int searchPerMinute,
        @DefaultValue("20") int calibrationPerMinute) {}
