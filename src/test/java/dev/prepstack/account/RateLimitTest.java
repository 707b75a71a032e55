package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prepstack.rate-limit.sign-in-per-minute=100",
            "prepstack.rate-limit.sign-in-per-account-per-hour=3",
            "prepstack.rate-limit.sign-up-per-hour=4",
            "prepstack.rate-limit.public-api-per-minute=40",
            "prepstack.rate-limit.search-per-minute=5",
            "prepstack.rate-limit.calibration-per-minute=3",
            "prepstack.embedding.enabled=false"
        })
@ActiveProfiles("test")
class RateLimitTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    dev.prepstack.shared.RateLimiter limiter;

    @org.junit.jupiter.api.BeforeEach
    void freshBuckets() {
        limiter.reset();
    }

    @Test
    void repeatedSignInsToOneAccountAreAnswered429WithRetryAfterAndAudited() {
        var person = People.aCandidate(port);
        var http = new Http(port);
        String body = "{\"email\":\"%s\",\"password\":\"guess-guess-1\",\"name\":\"x\"}".formatted(person.email());

        // Three failures (the limit) from this client; the sign-up's own successful sign-in did not count.
        for (int i = 0; i < 3; i++) {
            assertThat(http.post("/api/v1/auth/tokens", body).status()).isEqualTo(401);
        }
        var limited = http.post("/api/v1/auth/tokens", body);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var page = browser.postForm(
                "/login", Http.form("email", person.email(), "password", "x-x-x-x-x", "_csrf", login.csrf()));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotNull();
        assertThat(page.body()).contains("Too many attempts");
    }

    @Test
    void anonymousApiCallsShareABudgetPerAddressWhileTokensDoNot() {
        var person = People.aCandidate(port);
        limiter.reset();
        int limited = 0;
        for (int i = 0; i < 60; i++) {
            var r = new Http(port).get("/api/v1/topics");
            if (r.status() == 429) {
                limited++;
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.header("Retry-After")).isNotNull();
            }
        }
        assertThat(limited).isPositive();
        assertThat(person.api(port).get("/api/v1/topics").status()).isEqualTo(200);
    }

    @Test
    void signUpsFromOneAddressAreLimited() {
        int created = 0;
        int limited = 0;
        for (int i = 0; i < 6; i++) {
            var r = new Http(port)
                    .post(
                            "/api/v1/accounts",
                            "{\"email\":\"burst%d@example.test\",\"displayName\":\"B\",\"password\":\"%s\"}"
                                    .formatted(i, People.PASSWORD));
            if (r.status() == 201) {
                created++;
            } else if (r.status() == 429) {
                limited++;
            }
        }
        assertThat(limited).isPositive();
        assertThat(created).isLessThanOrEqualTo(4);
    }

    @Test
    void pageSearchAndSuggestionsAreLimitedPerAddress() {
        var http = new Http(port);
        // Five per minute, searches and suggestions together.
        for (int i = 0; i < 2; i++) {
            assertThat(http.getPage("/search?q=index+" + i).status()).isEqualTo(200);
            assertThat(http.getPage("/search/suggest?q=lock" + i).status()).isLessThan(400);
        }
        assertThat(http.getPage("/search?q=the+fifth").status()).isEqualTo(200);
        var limited = http.getPage("/search?q=one+more");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).doesNotContain("Exception");
    }

    @Test
    void calibrationReportsAreLimitedPerPersonOnTheApiAndThePage() {
        var hiring = new dev.prepstack.hiring.Hiring(port);
        var owner = hiring.owner();
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", owner.email(), "password", owner.password(), "_csrf", login.csrf()));
        // Three per minute, page and API together.
        assertThat(browser.getPage("/hiring/calibration").status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(owner.api(port).get("/api/v1/calibration").status()).isEqualTo(200);
        }
        var limited = owner.api(port).get("/api/v1/calibration");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        var page = browser.getPage("/hiring/calibration");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).doesNotContain("Exception");

        var colleague = hiring.member(owner);
        assertThat(colleague.api(port).get("/api/v1/calibration").status())
                .as("each person has their own budget")
                .isEqualTo(200);
    }

    @Test
    void failuresFromOneClientDoNotLockTheOwnerOutAndSuccessesNeverCount() {
        var person = People.aCandidate(port);
        String wrong = "{\"email\":\"%s\",\"password\":\"guess-guess-1\",\"name\":\"x\"}".formatted(person.email());
        String right =
                "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"x\"}".formatted(person.email(), person.password());
        var attacker = new Http(port);
        for (int i = 0; i < 4; i++) {
            attacker.post("/api/v1/auth/tokens", wrong);
        }
        assertThat(attacker.post("/api/v1/auth/tokens", right).status())
                .as("the guessing client is locked out for this account")
                .isEqualTo(429);

        // The owner, on another client (another address), signs in as often as they like.
        for (int i = 0; i < 5; i++) {
            var owner = dev.prepstack.support.RawHttp.send(
                    "127.0.0.2",
                    port,
                    "POST",
                    "/api/v1/auth/tokens",
                    right,
                    "Host",
                    "localhost",
                    "Content-Type",
                    "application/json",
                    "Accept",
                    "application/json");
            assertThat(owner.status()).isEqualTo(201);
        }
    }
}
