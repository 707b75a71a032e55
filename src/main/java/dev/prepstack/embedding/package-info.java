/**
 * The in-process sentence embedding models: {@link dev.prepstack.embedding.Embeddings} for search
 * and related questions, {@link dev.prepstack.embedding.AnswerEmbeddings} for answer feedback. Both
 * load in the background; the search model announces itself with
 * {@link dev.prepstack.embedding.EmbeddingModelReady}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Embeddings",
        allowedDependencies = {})
package dev.prepstack.embedding;
