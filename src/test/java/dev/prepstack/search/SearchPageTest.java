package dev.prepstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.embedding.Embeddings;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search page separates close matches from the long tail that hybrid search always brings. */
@IntegrationTest
class SearchPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Embeddings embeddings;

    @Autowired
    QuestionSearch search;

    Http http;

    @BeforeEach
    void semanticSearchIsOn() {
        http = new Http(port);
        assertThat(embeddings.awaitReady(Duration.ofSeconds(90))).isTrue();
        if (!search.semanticReady()) {
            search.rebuildIndex();
        }
    }

    @Test
    void aPreciseQueryShowsItsBestMatchFirstAndFoldsTheLooselyRelatedAway() {
        var page = http.getPage("/search?q=cap+theorem");

        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Best match").contains("loosely related questions");
        int best = body.indexOf("class=\"result-list best-matches\"");
        int loose = body.indexOf("<details class=\"loose-matches\">");
        assertThat(best).isPositive().isLessThan(loose);
        assertThat(body.substring(best, loose)).contains("/questions/cap-theorem");
    }

    @Test
    void aQueryThatNothingMatchesSaysSoAndShowsNoEmptyFilters() {
        var page = http.getPage("/search?q=zebra+pancakes");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("No question matches")
                .doesNotContain("<h3>Level</h3>")
                .doesNotContain("<h3>Topic</h3>")
                .doesNotContain("0 results");
    }
}
