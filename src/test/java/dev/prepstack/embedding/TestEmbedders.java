package dev.prepstack.embedding;

import java.nio.file.Path;
import java.time.Duration;

/** Loaded embedding models for plain tests (no Spring context). */
public final class TestEmbedders {

    private static Embeddings loaded;
    private static AnswerEmbeddings answers;

    private TestEmbedders() {}

    public static synchronized Embeddings loaded(Path dataDir) {
        if (loaded == null) {
            var e = new Embeddings(new EmbeddingProperties(true), event -> {}, dataDir.toString());
            e.loadInBackground();
            if (!e.awaitReady(Duration.ofSeconds(120))) {
                throw new IllegalStateException("embedding model did not load");
            }
            loaded = e;
        }
        return loaded;
    }

    /** The answer-feedback model, loaded. */
    public static synchronized AnswerEmbeddings answers(Path dataDir) {
        if (answers == null) {
            var e = AnswerEmbeddings.loading(dataDir.toString());
            if (!e.awaitReady(Duration.ofSeconds(120))) {
                throw new IllegalStateException("answer embedding model did not load");
            }
            answers = e;
        }
        return answers;
    }
}
