package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The practice loop with plain forms (no JavaScript): choose, answer, reveal, rate, again, finish. */
@IntegrationTest
class PracticePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    AnswerFeedback feedback;

    @Test
    void aSessionShowsEachQuestionRevealsTheAnswerAndBringsAgainCardsBack() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));

        var choose = browser.getPage("/practice");
        assertThat(choose.status()).isEqualTo(200);
        var started = browser.postForm(
                "/practice/sessions",
                Http.form(
                        "mode", "new", "topics", "caching", "levels", "fresher", "size", "2", "_csrf", choose.csrf()));
        assertThat(started.status()).isEqualTo(302);
        String session = started.header("Location").replaceAll("^https?://[^/]+", "");

        var page = browser.getPage(session);
        assertThat(page.body()).contains("0 of 2 rated").contains("Reveal the model answer");
        String slug = page.body().replaceAll("(?s).*name=\"slug\" value=\"([^\"]+)\".*", "$1");

        var revealed = browser.postForm(
                session + "/reveal",
                Http.form(
                        "slug",
                        slug,
                        "answer",
                        "Keep hot data <b>close</b>",
                        "startedAt",
                        String.valueOf(System.currentTimeMillis() - 5000),
                        "_csrf",
                        page.csrf()));
        assertThat(revealed.body())
                .contains("What interviewers look for")
                .contains("1 · Again")
                .contains("Keep hot data &lt;b&gt;close&lt;/b&gt;");

        browser.postForm(
                session + "/reviews",
                Http.form("slug", slug, "rating", "again", "answer", "x", "elapsedSeconds", "5", "_csrf", page.csrf()));
        var second = browser.getPage(session);
        String secondSlug = second.body().replaceAll("(?s).*name=\"slug\" value=\"([^\"]+)\".*", "$1");
        assertThat(secondSlug).isNotEqualTo(slug);
        browser.postForm(session + "/reviews", Http.form("slug", secondSlug, "rating", "easy", "_csrf", page.csrf()));

        var waiting = browser.getPage(session);
        // Rated Again, the first card is in a learning step: the counter and the page say so.
        assertThat(waiting.body())
                .contains("2 of 2 rated")
                .contains("1 comes back in this session")
                .contains("1 card is still in a learning step: the next comes back in about");

        var progress = browser.getPage("/progress");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body())
                .contains("reviews in all")
                .contains("<svg class=\"chart\"")
                .contains("Readiness");
    }

    @Test
    void anotherPersonsSessionIsNotFound() {
        var alice = People.aCandidate(port);
        long session = alice.api(port)
                .post("/api/v1/practice/sessions", "{\"size\":2,\"mode\":\"new\"}")
                .json()
                .get("id")
                .asLong();
        var bob = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm("/login", Http.form("email", bob.email(), "password", bob.password(), "_csrf", login.csrf()));

        assertThat(browser.getPage("/practice/sessions/" + session).status()).isEqualTo(404);
    }

    @Test
    void theProgressPageOptimisesTheScheduleSaysWhatHappenedAndGoesBackToTheDefaults() {
        var person = People.aCandidate(port);
        var browser = signedIn(person);
        var before = browser.getPage("/progress");
        assertThat(before.body()).contains("Optimise my schedule").doesNotContain("Go back to the defaults");
        var tooSoon = browser.postForm("/settings/practice/optimise", Http.form("_csrf", before.csrf()));
        assertThat(tooSoon.status()).isEqualTo(302);
        assertThat(browser.getPage("/progress").body()).contains("needs at least 64 reviews");

        GeneratedHistory.postTo(person.api(port));
        var page = browser.getPage("/progress");
        assertThat(page.body()).contains("Reviews per day to expect").contains("(yours)");
        browser.postForm("/settings/practice/optimise", Http.form("_csrf", page.csrf()));

        var optimised = browser.getPage("/progress");
        assertThat(optimised.body())
                .containsPattern("predicts whether you remember a card \\d+\\.\\d% better")
                .contains("fitted to your own reviews")
                .contains("Go back to the defaults");
        browser.postForm("/settings/practice/defaults", Http.form("_csrf", optimised.csrf()));
        var back = browser.getPage("/progress");
        assertThat(back.body())
                .contains("scheduled with the FSRS-6 defaults again")
                .doesNotContain("Go back to the defaults");
    }

    @Test
    void aTypedAnswerPreselectsTheSuggestedRatingAndTheProgressPageCountsAgreement() throws InterruptedException {
        for (int i = 0; i < 240 && !feedback.modelReady(); i++) {
            Thread.sleep(500);
        }
        assertThat(feedback.modelReady())
                .as("the evaluator's semantic model loaded")
                .isTrue();
        var person = People.aCandidate(port);
        var browser = signedIn(person);
        var choose = browser.getPage("/practice");
        var started = browser.postForm(
                "/practice/sessions",
                Http.form("mode", "new", "topics", "caching", "size", "2", "_csrf", choose.csrf()));
        String session = started.header("Location").replaceAll("^https?://[^/]+", "");
        var page = browser.getPage(session);
        String slug = page.body().replaceAll("(?s).*name=\"slug\" value=\"([^\"]+)\".*", "$1");

        // An answer that covers none of the key points: Again, whatever the score.
        var revealed = browser.postForm(
                session + "/reveal",
                Http.form("slug", slug, "answer", "I am not sure, maybe bananas.", "_csrf", page.csrf()));

        assertThat(revealed.body())
                .contains("Suggested from your answer: Again")
                .containsPattern("value=\"again\"[^>]*autofocus");
        String buttons = revealed.body().replaceAll("(?s).*class=\"rating-buttons\"(.*?)</div>.*", "$1");
        assertThat(buttons.split(" autofocus=", -1))
                .as("only the suggested button: " + buttons)
                .hasSize(2);
        browser.postForm(
                session + "/reviews",
                Http.form(
                        "slug",
                        slug,
                        "rating",
                        "good",
                        "answer",
                        "I am not sure, maybe bananas.",
                        "_csrf",
                        page.csrf()));
        assertThat(browser.getPage("/progress").body())
                .contains("matched the one suggested from your typed answer in 0 of 1 reviews (0%)");
    }

    @Test
    void afterABreakThePracticeAndProgressPagesSayHowManyDaysTheCatchUpTakes() {
        var person = People.aCandidate(port);
        var api = person.api(port);
        List<String> slugs = new ArrayList<>();
        api.post("/api/v1/practice/sessions", "{\"size\":30,\"mode\":\"new\"}")
                .json()
                .get("questions")
                .forEach(q -> slugs.add(q.asString()));
        Instant studied = Instant.now().minus(40, ChronoUnit.DAYS);
        for (String slug : slugs) {
            api.post(
                    "/api/v1/practice/reviews",
                    "{\"questionSlug\":\"%s\",\"rating\":\"easy\",\"reviewedAt\":\"%s\"}".formatted(slug, studied));
        }
        var browser = signedIn(person);

        assertThat(browser.getPage("/practice").body())
                .contains("Catching up: 2 days left")
                .contains("20 cards are due for review now.");
        assertThat(browser.getPage("/progress").body()).contains("Catching up: 2 days left. 30 cards are overdue");
    }

    @Test
    void loadBalancingIsTurnedOnAndOffWithACheckboxWithoutJavaScript() {
        var browser = signedIn(People.aCandidate(port));
        var progress = browser.getPage("/progress");
        assertThat(progress.body()).containsPattern("name=\"loadBalancing\" value=\"on\">");

        browser.postForm(
                "/settings/practice",
                Http.form("desiredRetention", "0.9", "loadBalancing", "on", "_csrf", progress.csrf()));
        assertThat(browser.getPage("/progress").body()).containsPattern("name=\"loadBalancing\" value=\"on\" checked");

        browser.postForm("/settings/practice", Http.form("desiredRetention", "0.9", "_csrf", progress.csrf()));
        assertThat(browser.getPage("/progress").body()).containsPattern("name=\"loadBalancing\" value=\"on\">");
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }
}
