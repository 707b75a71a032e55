package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.NodeProcess;
import dev.prepstack.support.People;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The default set-up (embedded H2 file database, the application's own datasource URL) killed with
 * SIGKILL in the middle of concurrent streams of reviews: after a restart on the same data folder,
 * every review that was acknowledged is there. H2 used to acknowledge a commit up to 500 ms before
 * writing it (WRITE_DELAY); PostgreSQL's counterpart is LoadBalancedNodesTest.
 */
class H2KillTest {

    @TempDir
    Path dir;

    @Test
    void killingTheNodeDuringStreamsOfReviewsLosesNoAcknowledgedReview() throws Exception {
        List<String> args = List.of(
                "--prepstack.data-dir=" + dir.resolve("data"),
                "--prepstack.embedding.enabled=false",
                "--prepstack.rate-limit.public-api-per-minute=0",
                "--logging.level.root=warn");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        String token;
        try (var node = NodeProcess.start(dir, "h2-node", args)) {
            var person = People.aCandidate(node.port());
            token = person.token();
            var api = person.api(node.port());
            String[] slugs = {"cap-theorem", "rest-and-json", "relational-vs-nosql", "preventing-sql-injection"};
            AtomicBoolean running = new AtomicBoolean(true);
            List<CompletableFuture<Void>> streams = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                int offset = s;
                streams.add(CompletableFuture.runAsync(() -> {
                    int i = offset;
                    while (running.get()) {
                        String id = UUID.randomUUID().toString();
                        String body = "{\"questionSlug\":\"%s\",\"rating\":\"good\",\"clientReviewId\":\"%s\"}"
                                .formatted(slugs[i++ % slugs.length], id);
                        try {
                            int status =
                                    api.post("/api/v1/practice/reviews", body).status();
                            if (status == 200) {
                                acknowledged.add(id);
                            } else {
                                refused.merge(status, 1, Integer::sum);
                            }
                        } catch (UncheckedIOException killed) {
                            return;
                        }
                    }
                }));
            }
            // Kill once enough reviews have been acknowledged, not after a fixed time: a busy CI machine
            // acknowledged only 6 in 6 s while its first requests warmed up.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            int before = acknowledged.size();
            node.kill();
            running.set(false);
            CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new)).get();
            assertThat(node.alive()).isFalse();
            assertThat(before)
                    .as("reviews flowed before the kill (refused by status: %s)", refused)
                    .isGreaterThanOrEqualTo(40);
        }

        try (var restarted = NodeProcess.start(dir, "h2-node-restarted", args)) {
            var api = new Http(restarted.port()).withToken(token);
            JsonNode reviews =
                    api.get("/api/v1/me/export").json().get("practice").get("reviews");
            Set<String> stored = ConcurrentHashMap.newKeySet();
            reviews.forEach(r -> stored.add(r.get("clientReviewId").asString()));
            List<String> lost =
                    acknowledged.stream().filter(id -> !stored.contains(id)).toList();
            assertThat(lost)
                    .as("acknowledged reviews missing after SIGKILL (of %d acknowledged)", acknowledged.size())
                    .isEmpty();
        }
    }
}
