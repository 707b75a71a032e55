package dev.prepstack.interview;

import static dev.prepstack.interview.Interviews.item;
import static dev.prepstack.interview.Interviews.save;
import static dev.prepstack.interview.Interviews.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.embedding.AnswerEmbeddings;
import dev.prepstack.support.FakeChatServer;
import dev.prepstack.support.FakeChatServer.Stream;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** With an LLM coach (a fake OpenAI-compatible server): its own follow-up is kept but not scored. */
@IntegrationTest
class CoachFollowUpScoringTest {

    static final FakeChatServer server = new FakeChatServer();

    /** A scenario question: two follow-ups, the coach's first, then one of the bank's (all point elsewhere). */
    static final String SCENARIO = "nodejs-event-loop-lag-spikes";

    static final String COACH_QUESTION = "You blamed garbage collection: how would you prove it?";

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    AnswerEmbeddings answerModel;

    @Autowired
    MockInterviews interviews;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void coach(DynamicPropertyRegistry registry) {
        registry.add("prepstack.coach.base-url", () -> server.baseUrl().toString());
        registry.add("prepstack.coach.model", () -> "fake-model");
        registry.add("prepstack.coach.first-token-timeout", () -> "2s");
        registry.add("prepstack.coach.total-timeout", () -> "5s");
        registry.add("prepstack.coach.backoff", () -> "50ms");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theCoachsOwnFollowUpStaysUnscoredWhileTheBanksIsScoredAndCounted() {
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        server.then(
                new Stream(List.of("You describe the symptom well.\n", "Follow-up: " + COACH_QUESTION), Duration.ZERO));
        var person = People.aCandidate(port);
        var me = person.api(port);
        long id = start(me, SCENARIO).get("id").asLong();
        save(me, id, SCENARIO, "The event loop lags because garbage collection pauses block it.", 1, null);
        JsonNode followUps =
                item(me.get("/api/v1/mock-interviews/" + id).json(), SCENARIO).get("followUps");
        assertThat(followUps.get(0).asString()).isEqualTo(COACH_QUESTION);
        assertThat(catalog.question(SCENARIO).orElseThrow().followUpQuestions())
                .contains(followUps.get(1).asString());
        save(me, id, SCENARIO, "I would read the GC trace and compare pauses with the lag histogram.", 1, 1);
        save(me, id, SCENARIO, "I am not sure.", 1, 2);

        JsonNode question = me.post("/api/v1/mock-interviews/" + id + "/finish", "")
                .json()
                .get("questions")
                .get(0);

        JsonNode coach = question.get("followUps").get(0);
        assertThat(coach.get("question").asString()).isEqualTo(COACH_QUESTION);
        assertThat(coach.get("answer").asString()).startsWith("I would read the GC trace");
        assertThat(coach.get("status").asString()).isEqualTo("no-rubric");
        assertThat(coach.get("score").isNull()).isTrue();
        assertThat(coach.get("modelAnswer").isNull()).isTrue();
        JsonNode bank = question.get("followUps").get(1);
        assertThat(bank.get("status").asString()).isEqualTo("scored");
        assertThat(bank.get("seeSlug").asString()).isNotBlank();
        int bankScore = bank.get("score").asInt();
        assertThat(question.get("followUpScore").asInt())
                .as("only the bank's follow-up counts")
                .isEqualTo(bankScore);
        assertThat(question.get("score").asInt())
                .isEqualTo((int) Math.round(0.7 * question.get("answerScore").asInt() + 0.3 * bankScore));

        // The page says why the coach's follow-up has no score (the read-only shared report is the same page).
        var page = new Http(port).getPage("/shared/mock-interviews/" + interviews.share(person.id(), id));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(COACH_QUESTION)
                .contains("Not scored: the coach asked this about what you said")
                .contains("key points covered");
    }

    @Test
    void theInterviewRowStaysWritableWhileTheCoachIsThinking() throws Exception {
        // The coach streams its first piece at once, then pauses: the request is in flight for a while.
        server.then(new Stream(
                List.of("You describe the symptom.\n", "Follow-up: " + COACH_QUESTION), Duration.ofMillis(2000)));
        var me = People.aCandidate(port).api(port);
        long id = start(me, SCENARIO).get("id").asLong();
        save(me, id, SCENARIO, "The event loop lags because garbage collection pauses block it.", 1, null);
        int before = server.calls();

        // The first follow-up answer makes the server ask the coach for the follow-ups.
        var saving = CompletableFuture.supplyAsync(() -> save(me, id, SCENARIO, "I would read the GC trace.", 1, 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.calls() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.calls()).as("the coach was asked").isGreaterThan(before);

        // Another connection writes the same interview row while the coach is still streaming: no lock waits on it.
        var writing = CompletableFuture.supplyAsync(
                () -> jdbc.sql("UPDATE mock_interview SET cursor_follow_up = cursor_follow_up WHERE id = ?")
                        .param(id)
                        .update());
        assertThat(writing.get(1, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(saving)
                .as("the coach was still thinking when the row was written")
                .isNotDone();

        var saved = saving.get(10, TimeUnit.SECONDS);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode followUps =
                item(me.get("/api/v1/mock-interviews/" + id).json(), SCENARIO).get("followUps");
        assertThat(followUps.get(0).asString()).isEqualTo(COACH_QUESTION);
    }
}
