package dev.prepstack.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import dev.prepstack.support.TcpProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL out of reach for 20 seconds, through a proxy the test controls (the machine's server
 * itself is never stopped): requests fail fast with 503 Problem Details, health turns DOWN, and the
 * node recovers by itself without losing an acknowledged review.
 */
class DatabaseOutageTest {

    static String schema;
    static TcpProxy proxy;
    static ConfigurableApplicationContext node;
    static int port;

    @BeforeAll
    static void start() {
        Postgres.assumeReachable();
        schema = Postgres.newSchema("prepstack_outage");
        proxy = new TcpProxy(Postgres.HOST, Postgres.PORT);
        node = new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:%d/%s?currentSchema=%s"
                                .formatted(proxy.port(), Postgres.DATABASE, schema),
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=",
                        "--spring.flyway.schemas=" + schema,
                        "--prepstack.embedding.enabled=false");
        port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        Postgres.dropSchema(schema);
    }

    @Test
    void anOutageAnswers503QuicklyTurnsHealthDownAndRecoversWithoutLosingAcknowledgedReviews() throws Exception {
        var person = People.aCandidate(port);
        var api = person.api(port);
        String[] slugs = {"cap-theorem", "rest-and-json", "relational-vs-nosql", "preventing-sql-injection"};
        int acknowledged = 0;
        for (String slug : slugs) {
            if (review(api, slug) == 200) {
                acknowledged++;
            }
        }
        assertThat(acknowledged).isEqualTo(slugs.length);

        proxy.cut();
        long outageEnds = System.nanoTime() + 20_000_000_000L;
        List<String> problems = new ArrayList<>();
        long slowest = 0;
        boolean healthDown = false;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            while (System.nanoTime() < outageEnds) {
                // A burst of concurrent writes: none may hang or turn into a 500.
                List<Future<long[]>> burst = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String slug = slugs[i % slugs.length];
                    burst.add(pool.submit((Callable<long[]>) () -> {
                        long t0 = System.nanoTime();
                        var r = api.post(
                                "/api/v1/practice/reviews", "{\"questionSlug\":\"" + slug + "\",\"rating\":\"good\"}");
                        if (r.status() != 503 || !r.contentType().startsWith("application/problem+json")) {
                            synchronized (problems) {
                                problems.add(r.status() + " " + r.contentType() + " " + r.body());
                            }
                        }
                        return new long[] {System.nanoTime() - t0};
                    }));
                }
                for (var f : burst) {
                    slowest = Math.max(slowest, f.get()[0]);
                }
                var health = new Http(port).get("/actuator/health");
                healthDown |= health.status() == 503 && health.body().contains("DOWN");
            }
        } finally {
            proxy.restore();
        }
        assertThat(problems)
                .as("every write during the outage got 503 Problem Details")
                .isEmpty();
        assertThat(slowest / 1_000_000).as("no request waited long (ms)").isLessThan(10_000);
        assertThat(healthDown).as("health reported DOWN during the outage").isTrue();

        int status = 0;
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline && status != 200; ) {
            status = review(api, "cap-theorem");
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).as("recovered by itself").isEqualTo(200);
        acknowledged++;
        assertThat(new Http(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/progress").json().get("totalReviews").asLong())
                .as("every acknowledged review is there, and nothing else")
                .isEqualTo(acknowledged);
    }

    private static int review(Http api, String slug) {
        return api.post("/api/v1/practice/reviews", "{\"questionSlug\":\"" + slug + "\",\"rating\":\"good\"}")
                .status();
    }
}
