package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The own-question journey on PostgreSQL: its SQL (generated keys, ON CONFLICT, FOR UPDATE, paging,
 * tag filters, the mixed queue, cascades) runs there as on H2.
 */
class OwnQuestionsOnPostgresTest {

    @Test
    void writingPractisingImportingExportingAndDeletingWorkOnPostgres() {
        Postgres.assumeReachable();
        String schema = Postgres.newSchema("prepstack_own_questions");
        try (var app = new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(Postgres.nodeArguments(schema, "--server.port=0", "--prepstack.embedding.enabled=false"))) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            var person = People.aCandidate(port);
            var api = person.api(port);

            var created = api.post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            assertThat(api.post("/api/v1/me/questions/" + id + "/reviews", "{\"rating\":\"again\"}")
                            .status())
                    .isEqualTo(200);
            var second = api.post("/api/v1/me/questions/" + id + "/reviews", "{\"rating\":\"good\"}");
            assertThat(second.status()).as(second.body()).isEqualTo(200);

            var imported = Uploads.withToken(
                    port,
                    person.token(),
                    "/api/v1/me/questions/imports",
                    "list.csv",
                    OwnQuestionImportTest.SPREADSHEET_CSV.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            assertThat(api.get("/api/v1/me/questions?page=0&size=2")
                            .json()
                            .get("questions")
                            .size())
                    .isEqualTo(2);
            assertThat(api.get("/api/v1/me/questions?tag=sharding")
                            .json()
                            .get("questions")
                            .size())
                    .isEqualTo(1);
            assertThat(api.get("/api/v1/me/questions/due?tag=http").json().size())
                    .isEqualTo(1);
            var queue = api.get("/api/v1/me/practice-queue?from=both&limit=10");
            assertThat(queue.status()).as(queue.body()).isEqualTo(200);
            assertThat(queue.json().get("items").size())
                    .as("the two imported, never practised")
                    .isEqualTo(2);
            assertThat(api.get("/api/v1/me/questions/export?format=csv").body()).contains("idempotency");
            assertThat(api.get("/api/v1/me/questions/export?format=anki").status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/me/export").body()).contains("\"ownQuestions\"");

            assertThat(api.delete("/api/v1/me/questions/" + id).status())
                    .as("its card and reviews go with it")
                    .isEqualTo(204);
            assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        } finally {
            Postgres.dropSchema(schema);
        }
    }
}
