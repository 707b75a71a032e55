package dev.prepstack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.search.QuestionSearch;
import dev.prepstack.search.SearchHit;
import dev.prepstack.search.SearchQuery;
import dev.prepstack.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A content reload on another node (a newer sync time in the shared database) reaches this node's
 * in-memory catalog when it polls, and through it the search index.
 */
@IntegrationTest
class SnapshotFollowsOtherNodesTest {

    @Autowired
    CatalogSnapshots snapshots;

    @Autowired
    Catalog catalog;

    @Autowired
    QuestionSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rebuildsWhenTheSharedSyncTimeMoves() {
        String title = catalog.question("cap-theorem").orElseThrow().title();
        String version = catalog.contentVersion();
        // What another node's sync would leave in the shared database: a changed question and a newer sync time.
        jdbc.sql("UPDATE question SET title = ? WHERE slug = 'cap-theorem'")
                .param(title + " Zanzibarian edition")
                .update();
        try {
            snapshots.refreshIfSyncedElsewhere();
            assertThat(catalog.question("cap-theorem").orElseThrow().title())
                    .as("the sync time did not move: nothing to follow")
                    .isEqualTo(title);

            moveSharedSyncTime(1);
            snapshots.refreshIfSyncedElsewhere();

            assertThat(catalog.question("cap-theorem").orElseThrow().title()).endsWith("Zanzibarian edition");
            assertThat(catalog.contentVersion()).isNotEqualTo(version);
            var hits = search.search(SearchQuery.of("zanzibarian", 5)).items();
            assertThat(hits).extracting(SearchHit::slug).contains("cap-theorem");
        } finally {
            jdbc.sql("UPDATE question SET title = ? WHERE slug = 'cap-theorem'")
                    .param(title)
                    .update();
            moveSharedSyncTime(2);
            snapshots.refreshIfSyncedElsewhere();
        }
        assertThat(catalog.contentVersion()).isEqualTo(version);
    }

    private void moveSharedSyncTime(int seconds) {
        jdbc.sql("UPDATE content_sync_lock SET last_synced = ? WHERE id = 1")
                .param(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds))
                .update();
    }
}
