package dev.prepstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionLookup;
import dev.prepstack.embedding.Embeddings;
import dev.prepstack.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RelatedQuestionsTest {

    @Autowired
    QuestionSearch search;

    @Autowired
    Embeddings embeddings;

    @Autowired
    Catalog catalog;

    @Test
    void relatedQuestionsAreLiveNeighboursOfTheQuestionItself() {
        assertThat(embeddings.awaitReady(Duration.ofSeconds(90))).isTrue();
        search.rebuildIndex();

        List<String> related = search.relatedTo("cache-stampede-prevention", 5);

        assertThat(related)
                .hasSize(5)
                .doesNotContain("cache-stampede-prevention")
                .doesNotHaveDuplicates();
        related.forEach(slug -> assertThat(catalog.lookup(slug)).isInstanceOf(QuestionLookup.Found.class));
        assertThat(related).anyMatch(slug -> slug.contains("cache"));
    }

    @Test
    void aRepeatedSearchIsAnsweredFromMemoryUntilTheIndexIsRebuilt() {
        assertThat(embeddings.awaitReady(Duration.ofSeconds(90))).isTrue();
        search.rebuildIndex();
        var query = SearchQuery.of("cache stampede", 10);

        SearchResults first = search.search(query);
        assertThat(first.semantic()).isTrue();
        assertThat(search.search(query)).isSameAs(first);
        assertThat(search.search(SearchQuery.of("cache stampede", 5))).isNotSameAs(first);

        search.rebuildIndex();
        SearchResults after = search.search(query);
        assertThat(after).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void unknownSlugHasNoRelatedQuestions() {
        assertThat(search.relatedTo("no-such-question", 5)).isEmpty();
    }
}
