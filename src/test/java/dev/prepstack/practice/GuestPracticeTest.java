package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guests practise without an account; signing up or in moves their reviews into it. */
@IntegrationTest
class GuestPracticeTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    GuestReplay replay;

    @Test
    void guestReviewsOlderThanTheAccountsLastReviewOfACardAreDropped() {
        var person = People.aCandidate(port);
        var guest = new GuestPractice();
        Instant hourAgo = Instant.now().minusSeconds(3600);
        guest.review("cap-theorem", Rating.AGAIN, "old guest try", null, hourAgo);
        guest.review("raft-consensus", Rating.GOOD, "new to the account", null, hourAgo);
        person.api(port).post("/api/v1/practice/reviews", "{\"questionSlug\":\"cap-theorem\",\"rating\":\"easy\"}");

        int replayed = replay.replay(person.id(), guest);

        assertThat(replayed).isEqualTo(1);
        var reviews =
                person.api(port).get("/api/v1/me/export").json().get("practice").get("reviews");
        assertThat(reviews.findValuesAsString("answer"))
                .contains("new to the account")
                .doesNotContain("old guest try");
        assertThat(guest.isEmpty()).isTrue();
    }

    private String practiseTwoQuestions(Http guest) {
        var choose = guest.getPage("/practice");
        assertThat(choose.status()).isEqualTo(200);
        assertThat(choose.body()).contains("practising as a guest");
        var started = guest.postForm(
                "/practice/sessions",
                Http.form(
                        "mode", "new", "topics", "testing", "levels", "fresher", "size", "2", "_csrf", choose.csrf()));
        String session = started.header("Location").replaceAll("^https?://[^/]+", "");
        for (int i = 0; i < 2; i++) {
            var page = guest.getPage(session);
            String slug = page.body().replaceAll("(?s).*name=\"slug\" value=\"([^\"]+)\".*", "$1");
            guest.postForm(session + "/reviews", Http.form("slug", slug, "rating", "easy", "_csrf", page.csrf()));
        }
        assertThat(guest.getPage(session).body()).contains("Session complete");
        return session;
    }

    @Test
    void aGuestsReviewsMoveIntoTheAccountTheySignUpWith() {
        var guest = Http.browser(port);
        practiseTwoQuestions(guest);

        var signup = guest.getPage("/signup");
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        guest.postForm(
                "/signup",
                Http.form(
                        "email",
                        email,
                        "displayName",
                        "Former Guest",
                        "password",
                        People.PASSWORD,
                        "_csrf",
                        signup.csrf()));

        var progress = guest.getPage("/progress");
        assertThat(progress.status()).isEqualTo(200);
        String token = People.tokenFor(port, email, People.PASSWORD);
        assertThat(new Http(port)
                        .withToken(token)
                        .get("/api/v1/progress")
                        .json()
                        .get("totalReviews")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void signingInMovesTheGuestsReviewsIntoTheAccount() {
        var person = People.aCandidate(port);
        var guest = Http.browser(port);
        practiseTwoQuestions(guest);
        var export = person.api(port);
        var guestCards = guest.getPage("/practice");
        assertThat(guestCards.status()).isEqualTo(200);

        var login = guest.getPage("/login");
        guest.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));

        var reviews = export.get("/api/v1/me/export").json().get("practice").get("reviews");
        assertThat(reviews.size()).isEqualTo(2);
        reviews.forEach(r -> assertThat(Instant.parse(r.get("reviewedAt").asString()))
                .isBefore(Instant.now().plusSeconds(1)));
        assertThat(guest.getPage("/practice").body()).doesNotContain("practising as a guest");
    }
}
