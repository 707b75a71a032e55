package dev.prepstack.feedback;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional LLM coach: any OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp
 * server, hosted APIs). Without a base URL the coach is off and the built-in evaluator works alone.
 *
 * @param baseUrl the API root that {@code /chat/completions} is appended to, e.g.
 *     {@code http://localhost:11434/v1} for Ollama; empty turns the coach off
 * @param model the model name the endpoint expects
 * @param apiKey sent as a bearer token when set (local servers usually need none)
 * @param connectTimeout how long to wait for a connection
 * @param firstTokenTimeout how long to wait for the response to start
 * @param totalTimeout the most one coaching may take, streaming included
 * @param retries extra attempts after a failure that happened before anything was streamed
 * @param backoff the wait before the first retry (doubled for each further one)
 * @param failureThreshold failures among the last {@code 2 x failureThreshold} calls that open the
 *     circuit breaker (at least half of them failing)
 * @param openFor how long an open breaker sends everybody straight to the built-in evaluator
 * @param maxTokens the longest reply asked for
 */
@ConfigurationProperties("prepstack.coach")
public record CoachProperties(
        URI baseUrl,
        @DefaultValue("llama3.1") String model,
        String apiKey,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("15s") Duration firstTokenTimeout,
        @DefaultValue("45s") Duration totalTimeout,
        @DefaultValue("1") int retries,
        @DefaultValue("500ms") Duration backoff,
        @DefaultValue("3") int failureThreshold,
        @DefaultValue("60s") Duration openFor,
        @DefaultValue("400") int maxTokens) {

    public boolean enabled() {
        return baseUrl != null && !baseUrl.toString().isBlank();
    }
}
