package dev.prepstack.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Fixtures for mock interview tests: starting one through the API and saving answers. */
final class Interviews {

    static final String TECHNICAL = "cap-theorem";
    static final String BEHAVIORAL = "challenging-project";
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private Interviews() {}

    static JsonNode start(Http api, String... slugs) {
        String list = Arrays.stream(slugs).map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        var response = api.post("/api/v1/mock-interviews", "{\"questionSlugs\":[" + list + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static Http.Response save(Http api, long id, String slug, String answer, long revision, Integer followUp) {
        // Escaped as JSON, so model answers with quotes can be saved as they are.
        String body = "{\"answer\":%s,\"revision\":%d%s}"
                .formatted(
                        JSON.writeValueAsString(answer), revision, followUp == null ? "" : ",\"followUp\":" + followUp);
        return api.put("/api/v1/mock-interviews/" + id + "/answers/" + slug, body);
    }

    /**
     * Fires {@code n} autosaves of one answer at once, revisions 1 to n in shuffled order, and
     * returns their statuses: whatever the order, the server must end up with revision n.
     */
    static List<Integer> concurrentAutosaves(Http api, long id, String slug, int n) throws Exception {
        List<Integer> revisions = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            revisions.add(r);
        }
        Collections.shuffle(revisions, new java.util.Random(n));
        var barrier = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Http.Response>> results = new ArrayList<>();
            for (int revision : revisions) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return save(api, id, slug, "answer revision " + revision, revision, null);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var f : results) {
                statuses.add(f.get().status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    static JsonNode item(JsonNode interview, String slug) {
        for (JsonNode q : interview.get("questions")) {
            if (q.get("slug").asString().equals(slug)) {
                return q;
            }
        }
        throw new AssertionError("no question " + slug + " in " + interview);
    }
}
