package dev.prepstack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
}
