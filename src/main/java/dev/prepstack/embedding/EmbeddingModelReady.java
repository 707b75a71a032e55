package dev.prepstack.embedding;

import java.time.Duration;

/** Published once the embedding model has loaded and can embed text. */
public record EmbeddingModelReady(Duration loadTime) {}
