/**
 * The in-process sentence embedding model, shared by search and answer feedback. It loads in the
 * background and announces itself with {@link dev.prepstack.embedding.EmbeddingModelReady}.
 */
package dev.prepstack.embedding;
