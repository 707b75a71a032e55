package dev.prepstack.embedding;

import java.nio.file.Path;
import java.time.Duration;

/** A loaded embedding model for plain tests (no Spring context). */
public final class TestEmbedders {

    private static Embeddings loaded;

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
}
