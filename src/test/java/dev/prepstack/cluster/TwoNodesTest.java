package dev.prepstack.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.support.Http;
import dev.prepstack.support.Postgres;
import dev.prepstack.support.RedisServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes in one JVM on one PostgreSQL schema and one private Redis (profiles postgres and
 * redis): a session made on one node is honoured by the other, rate limits count across nodes, and
 * losing Redis degrades pages with a clear message instead of a storm of 500s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    static String schema;
    static RedisServer redis;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        Postgres.assumeReachable();
        redis = RedisServer.start();
        schema = Postgres.newSchema("prepstack_nodes");
        a = node();
        b = node();
    }

    @AfterAll
    static void stop() {
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
        Postgres.dropSchema(schema);
    }

    static ConfigurableApplicationContext node() {
        // As command-line arguments: they outrank the profiles' own settings.
        String[] args = Postgres.nodeArguments(
                schema,
                "--server.port=0",
                "--spring.data.redis.port=" + redis.port(),
                "--spring.data.redis.timeout=500ms",
                "--spring.data.redis.connect-timeout=500ms",
                "--prepstack.embedding.enabled=false",
                "--prepstack.rate-limit.sign-up-per-hour=3");
        return new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres", "redis")
                .run(args);
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String firstEmail;

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneNodeIsHonouredByTheOther() {
        String email = "nodes-" + UUID.randomUUID() + "@prepstack.test";
        firstEmail = email;
        var api = new Http(port(a));
        assertThat(api.post(
                                "/api/v1/accounts",
                                "{\"email\":\"" + email
                                        + "\",\"displayName\":\"Node\",\"password\":\"a-long-and-unusual-passphrase-7\"}")
                        .status())
                .isEqualTo(201);

        var browser = Http.browser(port(a));
        var login = browser.getPage(url(a, "/login"));
        var signedIn = browser.postForm(
                url(a, "/login"),
                Http.form("email", email, "password", "a-long-and-unusual-passphrase-7", "_csrf", login.csrf()));
        assertThat(signedIn.status()).isIn(200, 302);

        for (var node : new ConfigurableApplicationContext[] {b, a, b}) {
            var settings = browser.getPage(url(node, "/settings"));
            assertThat(settings.status()).isEqualTo(200);
            assertThat(settings.body()).contains(email);
        }
    }

    @Test
    @Order(2)
    void rateLimitsCountRequestsToEveryNode() {
        int tooMany = 0;
        for (int i = 0; i < 4; i++) {
            var node = i % 2 == 0 ? a : b;
            var response = new Http(port(node))
                    .post(
                            "/api/v1/accounts",
                            "{\"email\":\"limit-" + UUID.randomUUID()
                                    + "@prepstack.test\",\"displayName\":\"Node\",\"password\":\"a-long-and-unusual-passphrase-7\"}");
            if (response.status() == 429) {
                tooMany++;
            }
        }
        // Three sign-ups an hour per IP: one was used above, so the fourth of these is refused.
        assertThat(tooMany).isEqualTo(2);
    }

    @Test
    @Order(3)
    void withoutRedisPagesSayWhatIsWrongAndTheApiKeepsWorking() {
        // The account of the first test: sign-ups are rate-limited per address, and the second test used them up.
        String email = firstEmail;
        var browser = Http.browser(port(a));
        var login = browser.getPage(url(a, "/login"));
        assertThat(browser.postForm(
                                url(a, "/login"),
                                Http.form(
                                        "email",
                                        email,
                                        "password",
                                        "a-long-and-unusual-passphrase-7",
                                        "_csrf",
                                        login.csrf()))
                        .status())
                .isIn(200, 302);
        redis.stop();
        try {
            for (int i = 0; i < 5; i++) {
                // A signed-in page needs the session that lives in Redis.
                var page = browser.getPage(url(a, "/settings"));
                assertThat(page.status()).isEqualTo(503);
                assertThat(page.body()).contains("Sign-in is unavailable for a moment");
            }
            assertThat(Http.browser(port(a)).getPage(url(a, "/login")).status())
                    .as("the sign-in form needs no session (its CSRF token is in a cookie)")
                    .isEqualTo(200);
            assertThat(new Http(port(b)).get("/api/v1/questions/cap-theorem").status())
                    .isEqualTo(200);
            assertThat(new Http(port(a)).get("/").status())
                    .as("the landing page needs no session")
                    .isEqualTo(200);
        } finally {
            redis.resume();
        }
        // Lettuce reconnects with a backoff of its own: give it a while, then it must be back.
        int status = 0;
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline && status != 200; ) {
            status = Http.browser(port(a)).getPage(url(a, "/login")).status();
            if (status != 200) {
                sleep(250);
            }
        }
        assertThat(status).as("recovers by itself").isEqualTo(200);
    }
}
