package dev.prepstack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.Postgres;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same application, migrations and sync on PostgreSQL (the postgres profile). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class PostgresCatalogTest {

    static String schema;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        schema = Postgres.useNewSchema(registry, "prepstack_it");
    }

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(schema);
    }

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogSync sync;

    @Autowired
    CatalogSnapshots snapshots;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresWithTheWholeBank() {
        assertThat(catalog.topics()).hasSize(18);
        assertThat(catalog.liveQuestionCount()).isGreaterThanOrEqualTo(450);
        var http = new Http(port);
        assertThat(http.get("/api/v1/questions/cap-theorem").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/questions?topic=databases&level=experienced&size=3")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(3);
        assertThat(http.get("/api/v1/questions?level=nope").status()).isEqualTo(400);
        assertThat(http.getPage("/topics/databases").status()).isEqualTo(200);
    }

    @Test
    void aSecondSyncOfUnchangedContentChangesNothing() {
        ContentSynced again = sync.reload();

        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.retired()).isZero();
    }

    /** The snapshot keeps the database's order, collation included, as the per-call queries had it. */
    @Test
    void listsQuestionsInTheDatabasesOrder() {
        List<String> expected = jdbc.sql("SELECT slug FROM question WHERE retired_at IS NULL ORDER BY"
                        + " COALESCE(topic_slug, kind), " + CatalogStore.LEVEL_ORDER)
                .query(String.class)
                .list();
        List<String> listed = new ArrayList<>();
        for (int page = 0; listed.size() < expected.size(); page++) {
            var result = catalog.questions(new QuestionQuery(null, null, null, null, page, 100));
            assertThat(result.items()).isNotEmpty();
            result.items().forEach(q -> listed.add(q.slug()));
        }

        assertThat(listed).isEqualTo(expected);
        assertThat(catalog.questionsOfTopic("databases").values().stream()
                        .flatMap(List::stream)
                        .map(Question::slug)
                        .toList())
                .isEqualTo(jdbc.sql("SELECT slug FROM question WHERE retired_at IS NULL AND topic_slug = 'databases'"
                                + " ORDER BY " + CatalogStore.LEVEL_ORDER)
                        .query(String.class)
                        .list());
    }

    /** What another node's sync leaves in the shared database reaches this node's snapshot when it polls. */
    @Test
    void followsAQuestionRetiredOnAnotherNode() {
        long live = catalog.liveQuestionCount();
        try {
            jdbc.sql("UPDATE question SET retired_at = ? WHERE slug = 'cap-theorem'")
                    .param(OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
            moveSharedSyncTime(1);
            snapshots.refreshIfSyncedElsewhere();

            assertThat(catalog.lookup("cap-theorem")).isInstanceOf(QuestionLookup.Retired.class);
            assertThat(catalog.liveQuestionCount()).isEqualTo(live - 1);
            assertThat(new Http(port).get("/api/v1/questions/cap-theorem").status())
                    .isEqualTo(410);
        } finally {
            jdbc.sql("UPDATE question SET retired_at = NULL WHERE slug = 'cap-theorem'")
                    .update();
            moveSharedSyncTime(2);
            snapshots.refreshIfSyncedElsewhere();
        }
        assertThat(catalog.lookup("cap-theorem")).isInstanceOf(QuestionLookup.Found.class);
    }

    private void moveSharedSyncTime(int seconds) {
        jdbc.sql("UPDATE content_sync_lock SET last_synced = ? WHERE id = 1")
                .param(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds))
                .update();
    }
}
