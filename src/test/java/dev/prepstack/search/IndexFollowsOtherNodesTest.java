package dev.prepstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A content reload on another node (a newer sync time in the shared database) reaches this node's index. */
@IntegrationTest
class IndexFollowsOtherNodesTest {

    @Autowired
    QuestionSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rebuildsWhenTheSharedSyncTimeMoves() {
        search.rebuildIndex();
        String title = "Explain the concept of CAP theorem and its impact on backend development.";
        // What another node's sync would leave in the shared database: a changed question and a newer sync time.
        jdbc.sql("UPDATE question SET title = ? WHERE slug = 'cap-theorem'")
                .param(title + " Zanzibarian edition")
                .update();
        jdbc.sql("UPDATE content_sync_lock SET last_synced = ? WHERE id = 1")
                .param(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1))
                .update();
        try {
            search.refreshIfContentChanged();

            var hits = search.search(SearchQuery.of("zanzibarian", 5)).items();
            assertThat(hits).extracting(SearchHit::slug).contains("cap-theorem");
        } finally {
            jdbc.sql("UPDATE question SET title = ? WHERE slug = 'cap-theorem'")
                    .param(title)
                    .update();
            search.rebuildIndex();
        }
    }
}
