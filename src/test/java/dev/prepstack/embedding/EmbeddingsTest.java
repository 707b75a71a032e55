package dev.prepstack.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingsTest {

    @TempDir
    Path dataDir;

    private Embeddings loaded(Path dir) {
        var embeddings = new Embeddings(new EmbeddingProperties(true), event -> {}, dir.toString());
        embeddings.loadInBackground();
        assertThat(embeddings.awaitReady(Duration.ofSeconds(60))).isTrue();
        return embeddings;
    }

    @Test
    void answersNothingBeforeTheModelHasLoaded() {
        var embeddings = new Embeddings(new EmbeddingProperties(false), event -> {}, dataDir.toString());
        embeddings.loadInBackground();

        assertThat(embeddings.isReady()).isFalse();
        assertThat(embeddings.embed("anything")).isEmpty();
    }

    @Test
    void placesParaphrasesCloserThanUnrelatedText() {
        var embeddings = loaded(dataDir);

        float[] question =
                embeddings.embed("How do I stop SQL injection attacks?").orElseThrow();
        float[] paraphrase = embeddings
                .embed("preventing injection of malicious database queries")
                .orElseThrow();
        float[] unrelated = embeddings
                .embed("blue-green deployment of a Kubernetes service")
                .orElseThrow();

        assertThat(question).hasSize(Embeddings.DIMENSION);
        assertThat(Embeddings.cosine(question, question)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Embeddings.cosine(question, paraphrase)).isGreaterThan(Embeddings.cosine(question, unrelated) + 0.2);
    }

    @Test
    void cachesVectorsOnDiskSoARestartDoesNotReembed() throws Exception {
        var first = loaded(dataDir);
        List<float[]> vectors =
                first.embedAll(List.of("cache stampede", "consistent hashing")).orElseThrow();
        assertThat(Files.exists(dataDir.resolve("embeddings/all-minilm-l6-v2-q.bin")))
                .isTrue();
        // Written after start-up, so the data folder's start-up pass cannot have restricted it.
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir.resolve("embeddings/all-minilm-l6-v2-q.bin"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("embeddings"))))
                .isEqualTo("rwx------");

        var cache = new EmbeddingCache(dataDir.resolve("embeddings/all-minilm-l6-v2-q.bin"), Embeddings.MODEL_ID, 384);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("consistent hashing")).containsExactly(vectors.get(1));
    }

    @Test
    void theAnswerModelEmbedsUserTextWithoutWritingItToDisk() throws Exception {
        var answers = AnswerEmbeddings.loading(dataDir.toString());
        assertThat(answers.awaitReady(Duration.ofSeconds(60))).isTrue();

        List<float[]> vectors = answers.embedAll(List.of(
                        "Use parameterised queries so user input is never parsed as SQL.",
                        "Bind values with a PreparedStatement instead of concatenating strings.",
                        "Blue-green deployment switches traffic between two environments."))
                .orElseThrow();

        assertThat(vectors).allSatisfy(v -> {
            assertThat(v).hasSize(Embeddings.DIMENSION);
            assertThat(Embeddings.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        });
        assertThat(Embeddings.cosine(vectors.get(0), vectors.get(1)))
                .isGreaterThan(Embeddings.cosine(vectors.get(0), vectors.get(2)));
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
