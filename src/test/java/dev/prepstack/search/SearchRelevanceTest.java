package dev.prepstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.embedding.Embeddings;
import dev.prepstack.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search quality on a relevance set written blind (queries from the topic list only, then mapped to
 * the bank). Tuning looked at the "tune" half only; this test holds the "test" half to the bar, and
 * prints lexical-only, semantic-only and hybrid figures for both halves.
 */
@IntegrationTest
class SearchRelevanceTest {

    record Judgement(String query, String expected, Set<String> acceptable, String split) {}

    record Figures(double recallAt5, double mrr, int queries) {
        @Override
        public String toString() {
            return "Recall@5 %.3f  MRR %.3f  (n=%d)".formatted(recallAt5, mrr, queries);
        }
    }

    static List<Judgement> judgements;

    @Autowired
    QuestionSearch search;

    @Autowired
    Embeddings embeddings;

    @BeforeAll
    static void readSet() throws IOException {
        judgements = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/search/relevance-set.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[3].equals("dropped") || f[1].equals("none")) {
                continue;
            }
            Set<String> acceptable = f[2].isBlank() ? Set.of() : Set.copyOf(Arrays.asList(f[2].split(",")));
            judgements.add(new Judgement(f[0], f[1], acceptable, f[3]));
        }
    }

    Figures evaluate(String split, SearchMode mode) {
        double hits = 0;
        double reciprocal = 0;
        int n = 0;
        for (Judgement j : judgements) {
            if (!j.split().equals(split)) {
                continue;
            }
            n++;
            List<String> slugs =
                    search.search(new SearchQuery(j.query(), null, null, null, 0, 10, mode)).items().stream()
                            .map(SearchHit::slug)
                            .toList();
            int rank = slugs.indexOf(j.expected());
            if (rank >= 0 && rank < 5) {
                hits++;
            }
            if (rank >= 0) {
                reciprocal += 1.0 / (rank + 1);
            }
        }
        return new Figures(hits / n, reciprocal / n, n);
    }

    @Test
    void hybridSearchFindsTheExpectedQuestionOnTheHeldOutHalf() {
        assertThat(embeddings.awaitReady(Duration.ofSeconds(90))).isTrue();
        search.rebuildIndex();
        assertThat(search.semanticReady()).isTrue();
        for (String split : List.of("tune", "test")) {
            for (SearchMode mode : SearchMode.values()) {
                System.out.printf("RELEVANCE %-4s %-8s %s%n", split, mode, evaluate(split, mode));
            }
        }
        Figures test = evaluate("test", SearchMode.HYBRID);
        assertThat(test.queries()).isGreaterThanOrEqualTo(30);
        assertThat(test.recallAt5()).as("Recall@5 on the test half").isGreaterThanOrEqualTo(0.9);
        assertThat(test.mrr()).as("MRR on the test half").isGreaterThanOrEqualTo(0.75);
    }
}
