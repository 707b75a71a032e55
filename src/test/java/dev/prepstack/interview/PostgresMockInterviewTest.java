package dev.prepstack.interview;

import static dev.prepstack.interview.Interviews.BEHAVIORAL;
import static dev.prepstack.interview.Interviews.TECHNICAL;
import static dev.prepstack.interview.Interviews.item;
import static dev.prepstack.interview.Interviews.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Mock interview storage on PostgreSQL: racing autosaves, the locks, and the whole life of an interview. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prepstack.embedding.enabled=false"})
@ActiveProfiles({"test", "postgres"})
class PostgresMockInterviewTest {

    static String schema;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        schema = Postgres.useNewSchema(registry, "prepstack_mock");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "24");
    }

    @AfterAll
    static void drop() {
        Postgres.dropSchema(schema);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockInterviews interviews;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyFourRacingAutosavesInShuffledOrderKeepTheHighestRevision() throws Exception {
        var me = People.aCandidate(port).api(port);
        long id = Interviews.start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();

        assertThat(Interviews.concurrentAutosaves(me, id, BEHAVIORAL, 24)).containsOnly(200);

        JsonNode answer = item(me.get("/api/v1/mock-interviews/" + id).json(), BEHAVIORAL)
                .get("answers")
                .get(0);
        assertThat(answer.get("revision").asLong()).isEqualTo(24);
        assertThat(answer.get("answer").asString()).isEqualTo("answer revision 24");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mock_interview_answer WHERE interview_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anInterviewRunsFromPlanToSharedReportExportAndDeletion() {
        var person = People.aCandidate(port);
        var me = person.api(port);
        JsonNode started = me.post("/api/v1/mock-interviews", "{\"role\":\"devops-engineer\",\"seniority\":\"mid\"}")
                .json();
        long id = started.get("id").asLong();
        String first = started.get("questions").get(0).get("slug").asString();
        assertThat(started.get("questions").size()).isEqualTo(7);

        save(me, id, first, "My first answer, on PostgreSQL.", 1, null);
        save(me, id, first, "An older draft.", 0, null);
        JsonNode withFollowUps = item(me.get("/api/v1/mock-interviews/" + id).json(), first);
        assertThat(withFollowUps.get("followUps").size()).isPositive();
        assertThat(save(me, id, first, "A follow-up answer.", 1, 1).status()).isEqualTo(200);
        var moved = interviews.advance(person.id(), id, new MockInterview.Step(0, 0));
        assertThat(moved.cursor()).isEqualTo(new MockInterview.Step(0, 1));

        JsonNode report =
                me.post("/api/v1/mock-interviews/" + id + "/finish", "").json();
        assertThat(report.get("questions").get(0).get("answer").asString())
                .isEqualTo("My first answer, on PostgreSQL.");
        assertThat(report.get("questions")
                        .get(0)
                        .get("followUps")
                        .get(0)
                        .get("answer")
                        .asString())
                .isEqualTo("A follow-up answer.");
        JsonNode followUp = report.get("questions").get(0).get("followUps").get(0);
        assertThat(followUp.get("status").asString()).isEqualTo("scored");
        assertThat(followUp.get("score").asInt()).isBetween(0, 100);
        assertThat(me.get("/api/v1/mock-interviews/" + id + "/report").json())
                .as("the follow-up scores kept on PostgreSQL read back the same")
                .isEqualTo(report);
        assertThat(me.post("/api/v1/mock-interviews/" + id + "/practice", "")
                        .json()
                        .get("added")
                        .asInt())
                .isPositive();

        String token = interviews.share(person.id(), id);
        assertThat(interviews.shared(token)).isPresent();
        interviews.revokeShare(person.id(), id);
        assertThat(interviews.shared(token)).isEmpty();

        JsonNode exported = me.get("/api/v1/me/export").json().get("mockInterviews");
        assertThat(exported.size()).isEqualTo(1);
        assertThat(exported.get(0)
                        .get("questions")
                        .get(0)
                        .get("followUpScores")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("SCORED");
        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mock_interview_question WHERE interview_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
