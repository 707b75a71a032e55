package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** "Your own memory model" and the workload estimate through the API. */
@IntegrationTest
class MemoryModelApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewPersonSchedulesWithTheDefaultsAndIsToldHowManyReviewsOptimisingNeeds() {
        var me = People.aCandidate(port).api(port);

        JsonNode parameters = me.get("/api/v1/practice/parameters").json();
        assertThat(parameters.get("defaults").asBoolean()).isTrue();
        assertThat(parameters.get("minimumReviews").asInt()).isEqualTo(64);
        assertThat(parameters.get("lastRun").isNull()).isTrue();
        List<Double> w = new ArrayList<>();
        parameters.get("parameters").forEach(p -> w.add(p.asDouble()));
        assertThat(w)
                .containsExactly(
                        java.util.Arrays.stream(Fsrs.DEFAULT_PARAMETERS).boxed().toArray(Double[]::new));

        var optimise = me.post("/api/v1/practice/parameters/optimise", "");
        assertThat(optimise.status()).isEqualTo(422);
        assertThat(optimise.contentType()).startsWith("application/problem+json");
        assertThat(optimise.json().get("reviews").asInt()).isZero();
        assertThat(optimise.json().get("minimumReviews").asInt()).isEqualTo(64);
        assertThat(optimise.json().get("detail").asString()).contains("at least 64 reviews");
    }

    @Test
    void optimisingAdoptsABetterFitSaysByHowMuchAndThePersonCanGoBackToTheDefaults() {
        var me = People.aCandidate(port).api(port);
        GeneratedHistory.postTo(me);

        var optimise = me.post("/api/v1/practice/parameters/optimise", "");

        assertThat(optimise.status()).as(optimise.body()).isEqualTo(200);
        JsonNode run = optimise.json();
        assertThat(run.get("adopted").asBoolean()).isTrue();
        assertThat(run.get("outcome").asString()).isEqualTo("adopted");
        assertThat(run.get("improvement").asDouble()).isPositive();
        assertThat(run.get("candidateLogLoss").asDouble())
                .isLessThan(run.get("currentLogLoss").asDouble());
        assertThat(run.get("summary").asString()).containsPattern("\\d+\\.\\d% better");
        JsonNode adopted = me.get("/api/v1/practice/parameters").json();
        assertThat(adopted.get("defaults").asBoolean()).isFalse();
        assertThat(adopted.get("optimisedAt").isNull()).isFalse();
        assertThat(adopted.get("lastRun").get("outcome").asString()).isEqualTo("adopted");
        assertThat(adopted.get("lastRun").get("trigger").asString()).isEqualTo("user");

        var reset = me.delete("/api/v1/practice/parameters");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("defaults").asBoolean()).isTrue();
        assertThat(reset.json().get("automatic").asBoolean()).isFalse();
        assertThat(me.get("/api/v1/practice/parameters")
                        .json()
                        .get("parameters")
                        .get(2)
                        .asDouble())
                .isEqualTo(Fsrs.DEFAULT_PARAMETERS[2]);
    }

    @Test
    void theWorkloadEstimateGrowsWithDesiredRetentionForThePersonsCards() {
        var me = People.aCandidate(port).api(port);
        GeneratedHistory.postTo(me);

        JsonNode workload = me.get("/api/v1/practice/workload").json();

        assertThat(workload.get("cards").asInt()).isEqualTo(80);
        assertThat(workload.get("horizonDays").asInt()).isEqualTo(365);
        assertThat(workload.get("desiredRetention").asDouble()).isEqualTo(0.90);
        List<Double> retentions = new ArrayList<>();
        List<Double> perDay = new ArrayList<>();
        workload.get("estimates").forEach(e -> {
            retentions.add(e.get("desiredRetention").asDouble());
            perDay.add(e.get("reviewsPerDay").asDouble());
        });
        assertThat(retentions).containsExactly(0.80, 0.85, 0.90, 0.95, 0.97);
        assertThat(perDay).allSatisfy(n -> assertThat(n).isPositive());
        // Below about 0.85 forgetting can cost as many reviews as it saves; above 0.90 every step costs more.
        assertThat(perDay.get(3)).isGreaterThan(perDay.get(2));
        assertThat(perDay.get(4)).isGreaterThan(perDay.get(3));
    }

    @Test
    void optimisingIsRateLimitedPerPerson() {
        var me = People.aCandidate(port).api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(me.post("/api/v1/practice/parameters/optimise", "").status())
                    .isEqualTo(422);
        }

        var limited = me.post("/api/v1/practice/parameters/optimise", "");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/practice/parameters/optimise", "")
                        .status())
                .as("another person is not limited")
                .isEqualTo(422);
    }

    @Test
    void theMemoryModelJoinsTheExportAndTheDeletion() {
        var person = People.aCandidate(port);
        GeneratedHistory.postTo(person.api(port));
        assertThat(person.api(port)
                        .post("/api/v1/practice/parameters/optimise", "")
                        .status())
                .isEqualTo(200);

        JsonNode model =
                person.api(port).get("/api/v1/me/export").json().get("practice").get("memoryModel");
        assertThat(model.get("parameters").size()).isEqualTo(21);
        assertThat(model.get("adoptedAt").isNull()).isFalse();
        assertThat(model.get("lastRun").get("outcome").asString()).isEqualTo("ADOPTED");

        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_parameters WHERE account_id = ?")
                        .param(person.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
