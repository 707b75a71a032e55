package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The practice loop with plain forms (no JavaScript): choose, answer, reveal, rate, again, finish. */
@IntegrationTest
class PracticePagesTest {

    @LocalServerPort
    int port;

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
        assertThat(page.body()).contains("0 of 2 done").contains("Reveal the model answer");
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
        assertThat(waiting.body()).contains("come back in about");

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
}
