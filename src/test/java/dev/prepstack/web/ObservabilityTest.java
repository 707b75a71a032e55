package dev.prepstack.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ObservabilityTest {

    @LocalServerPort
    int port;

    @Test
    void prometheusShowsLatencyHistogramsAndTheKeyOperations() {
        var http = new Http(port);
        http.get("/api/v1/search?q=cache+stampede");
        http.post(
                "/api/v1/feedback",
                "{\"questionSlug\":\"cap-theorem\",\"answer\":\"Consistency or availability under a partition.\"}");
        http.post("/api/v1/auth/tokens", "{\"email\":\"nobody@prepstack.test\",\"password\":\"wrong-password-123\"}");
        var person = People.aCandidate(port);
        assertThat(person.api(port)
                        .post("/api/v1/practice/reviews", "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\"}")
                        .status())
                .isEqualTo(200);

        var metrics = http.send("GET", "/actuator/prometheus", null, null, "text/plain");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_bucket")
                .contains("prepstack_search_seconds_count")
                .contains("prepstack_feedback_evaluations_seconds_count")
                .contains("prepstack_feedback_evaluations_seconds_bucket")
                .contains("prepstack_practice_reviews_seconds_count")
                .containsPattern("prepstack_audit_events_total\\{[^}]*event=\"sign_in_failed\"[^}]*} [1-9]");
    }

    @Test
    void everyResponseCarriesARequestIdAndSaneIdsFromAProxyAreKept() {
        var http = new Http(port);

        var made = http.get("/api/v1/topics");
        var kept = http.send("GET", "/api/v1/topics", null, null, "application/json", "X-Request-Id", "edge-42.abc");
        var forged = http.send(
                "GET", "/api/v1/topics", null, null, "application/json", "X-Request-Id", "bad id; injected=1");

        assertThat(made.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(kept.header("X-Request-Id")).isEqualTo("edge-42.abc");
        assertThat(forged.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }
}
