package dev.prepstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

    private static SearchHit hit(String slug, double score) {
        return new SearchHit(slug, slug, "databases", Level.INTERMEDIATE, Kind.TECHNICAL, slug, score);
    }

    @Test
    void aCloseMatchIsOneThatWordsAndMeaningBothRankedAboveWhatEitherAloneCanGive() {
        double bestOfOneList = 1.0 / (QuestionSearch.RRF_K + 1);
        var results = new SearchResults(
                List.of(
                        hit("both-first", 2 * bestOfOneList), hit("both-lower", 1.0 / 65 + 1.0 / 70),
                        hit("words-only-first", bestOfOneList), hit("meaning-only", 1.0 / 75)),
                Facets.empty(),
                4,
                0,
                20,
                true);

        assertThat(results.closeItems()).extracting(SearchHit::slug).containsExactly("both-first", "both-lower");
        assertThat(results.looseItems())
                .extracting(SearchHit::slug)
                .containsExactly("words-only-first", "meaning-only");
    }

    @Test
    void withoutSemanticMatchingEveryHitCountsAsCloseForThereIsNoSecondOpinion() {
        var results =
                new SearchResults(List.of(hit("a", 1.0 / 61), hit("b", 1.0 / 90)), Facets.empty(), 2, 0, 20, false);

        assertThat(results.closeItems()).hasSize(2);
        assertThat(results.looseItems()).isEmpty();
    }
}
