package dev.prepstack.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.Nginx;
import dev.prepstack.support.NodeProcess;
import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import dev.prepstack.support.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two node processes behind Debian's nginx, on PostgreSQL and a private Redis: a browser session
 * alternates between the nodes without being lost, and killing one node with SIGKILL in the middle
 * of a stream of reviews loses no review that was acknowledged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedNodesTest {

    static Path dir;
    static String schema;
    static RedisServer redis;
    static NodeProcess a;
    static NodeProcess b;
    static Nginx nginx;

    @BeforeAll
    static void start() throws Exception {
        Postgres.assumeReachable();
        dir = Files.createTempDirectory("prepstack-nodes");
        redis = RedisServer.start();
        schema = Postgres.newSchema("prepstack_lb");
        List<String> args = List.of(Postgres.nodeArguments(
                schema,
                "--spring.profiles.active=test,postgres,redis",
                "--spring.data.redis.port=" + redis.port(),
                "--prepstack.embedding.enabled=false",
                "--logging.level.root=warn"));
        // Both start at once, as nodes of a deployment do: migrations and the content sync must cope.
        var first = CompletableFuture.supplyAsync(() -> NodeProcess.start(dir, "node-a", args));
        var second = CompletableFuture.supplyAsync(() -> NodeProcess.start(dir, "node-b", args));
        a = first.join();
        b = second.join();
        nginx = Nginx.balancing(dir.resolve("nginx"), List.of(a.port(), b.port()));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {nginx, a, b, redis}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // Best effort while tearing down.
            }
        }
        Postgres.dropSchema(schema);
    }

    @Test
    @Order(1)
    void aSignedInBrowserSessionAlternatesBetweenNodesWithoutBeingLost() {
        var person = People.aCandidate(nginx.port());
        var browser = Http.browser(nginx.port());
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));

        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            var settings = browser.getPage("/settings");
            assertThat(settings.status()).isEqualTo(200);
            assertThat(settings.body()).contains(person.email());
            servedBy.add(settings.header("X-Upstream"));
        }
        assertThat(servedBy)
                .as("both nodes served the session")
                .containsExactlyInAnyOrder("127.0.0.1:" + a.port(), "127.0.0.1:" + b.port());
    }

    @Test
    @Order(2)
    void killingANodeDuringAStreamOfReviewsLosesNoAcknowledgedReview() throws Exception {
        var api = People.aCandidate(nginx.port()).api(nginx.port());
        String[] slugs = {"cap-theorem", "rest-and-json", "relational-vs-nosql", "preventing-sql-injection"};
        Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        var stream = CompletableFuture.runAsync(() -> {
            int i = 0;
            while (running.get()) {
                String id = UUID.randomUUID().toString();
                String body = "{\"questionSlug\":\"%s\",\"rating\":\"good\",\"clientReviewId\":\"%s\"}"
                        .formatted(slugs[i++ % slugs.length], id);
                // A client retries what was not acknowledged, with the same id, as the API asks.
                for (int attempt = 0; attempt < 10; attempt++) {
                    if (api.post("/api/v1/practice/reviews", body).status() == 200) {
                        acknowledged.add(id);
                        break;
                    }
                    sleep(200);
                }
            }
        });
        sleep(3000);
        int before = acknowledged.size();
        a.kill();
        sleep(4000);
        running.set(false);
        stream.get();

        assertThat(a.alive()).isFalse();
        assertThat(before).as("reviews flowed before the kill").isPositive();
        assertThat(acknowledged.size()).as("and after it").isGreaterThan(before);
        long total = api.get("/api/v1/progress").json().get("totalReviews").asLong();
        assertThat(total).as("every acknowledged review is stored exactly once").isEqualTo(acknowledged.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
