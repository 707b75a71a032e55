package dev.prepstack.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.content.ContentLoader;
import dev.prepstack.content.ContentProperties;
import dev.prepstack.content.MarkdownRenderer;
import dev.prepstack.content.QuestionDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No two questions of the bank ask the same thing: pairs whose title and summary embeddings are
 * nearly identical fail the build. The threshold sits between the closest legitimate pair of the
 * bank (0.82: cookies and sessions vs session management, a fresher and an intermediate question)
 * and a reworded copy of one question (0.88, checked below).
 */
class BankNearDuplicatesTest {

    static final double THRESHOLD = 0.85;

    @TempDir
    Path dataDir;

    @Test
    void noTwoQuestionsMeanNearlyTheSame() {
        List<QuestionDocument> bank = new ContentLoader(new ContentProperties(null), new MarkdownRenderer())
                .load(Path.of("content"))
                .questions();
        var embeddings = new Embeddings(new EmbeddingProperties(true), event -> {}, dataDir.toString());
        embeddings.loadInBackground();
        assertThat(embeddings.awaitReady(Duration.ofSeconds(90))).isTrue();
        List<float[]> vectors = embeddings
                .embedAll(bank.stream().map(q -> q.title() + "\n" + q.summary()).toList())
                .orElseThrow();

        List<String> pairs = new ArrayList<>();
        double closest = 0;
        String closestPair = "";
        for (int i = 0; i < bank.size(); i++) {
            for (int j = i + 1; j < bank.size(); j++) {
                double cos = Embeddings.cosine(vectors.get(i), vectors.get(j));
                if (cos > closest) {
                    closest = cos;
                    closestPair = bank.get(i).slug() + " <-> " + bank.get(j).slug();
                }
                if (cos >= THRESHOLD) {
                    pairs.add("%.3f %s <-> %s"
                            .formatted(cos, bank.get(i).slug(), bank.get(j).slug()));
                }
            }
        }
        System.out.printf("Closest pair of questions by embedding: %.3f %s%n", closest, closestPair);
        assertThat(pairs).as("questions that mean nearly the same").isEmpty();
    }

    @Test
    void detectorFlagsARewordedCopy() {
        var embeddings = new Embeddings(new EmbeddingProperties(true), event -> {}, dataDir.toString());
        embeddings.loadInBackground();
        assertThat(embeddings.awaitReady(Duration.ofSeconds(90))).isTrue();

        float[] original = embeddings
                .embed("What is the CAP theorem and what does it mean for backend systems?\n"
                        + "A distributed store that is partitioned must choose between consistency and availability.")
                .orElseThrow();
        float[] reworded = embeddings
                .embed(
                        "Explain the CAP theorem and its impact on backend development.\n"
                                + "During a network partition a distributed database has to give up either consistency or availability.")
                .orElseThrow();

        assertThat(Embeddings.cosine(original, reworded)).isGreaterThanOrEqualTo(THRESHOLD);
    }
}
