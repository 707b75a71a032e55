package dev.prepstack.interview;

import static dev.prepstack.interview.Interviews.BEHAVIORAL;
import static dev.prepstack.interview.Interviews.TECHNICAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mock interview pages with plain forms (no JavaScript), htmx autosave, and the share link. */
@IntegrationTest
class MockInterviewPagesTest {

    static final Pattern SHARE_LINK = Pattern.compile("(/shared/mock-interviews/mi_[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWholeInterviewWorksWithPlainFormsStepByStep() {
        var browser = signedIn(People.aCandidate(port));
        var list = browser.getPage("/mock-interviews");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Start a mock interview").contains("Backend Developer");

        var started = browser.postForm(
                "/mock-interviews", Http.form("questionSlugs", TECHNICAL + "\n" + BEHAVIORAL, "_csrf", list.csrf()));
        assertThat(started.status()).isEqualTo(302);
        String interview = path(started.header("Location"));

        var first = browser.getPage(interview);
        assertThat(first.body())
                .contains("Question 1 of 2")
                .contains("CAP theorem")
                .contains("hx-trigger=\"input changed delay:1s, retry-save\"")
                .doesNotContain("What interviewers look for");
        step(browser, interview, first.csrf(), TECHNICAL, 0, "save", "Partitions force a <b>choice</b>");
        var saved = browser.getPage(interview);
        assertThat(saved.body())
                .contains("Saved.")
                .contains("Partitions force a &lt;b&gt;choice&lt;/b&gt;")
                .contains("Question 1 of 2");

        step(browser, interview, first.csrf(), TECHNICAL, 0, "next", "Partitions force a choice.");
        var followUp = browser.getPage(interview);
        assertThat(followUp.body()).contains("Follow-up 1: ").contains("Follow-up to:");
        step(browser, interview, first.csrf(), TECHNICAL, 1, "next", "Cassandra favours availability.");
        assertThat(browser.getPage(interview).body()).contains("Question 2 of 2");
        step(browser, interview, first.csrf(), BEHAVIORAL, 0, "next", "We migrated billing; I led it.");
        var last = browser.getPage(interview);
        assertThat(last.body()).contains("Done: that was my last answer");
        step(browser, interview, first.csrf(), BEHAVIORAL, 1, "next", "Start the migration earlier.");
        assertThat(browser.getPage(interview).body()).contains("You answered every question");

        var finished = browser.postForm(interview + "/finish", Http.form("_csrf", first.csrf()));
        assertThat(finished.status()).isEqualTo(302);
        var report = browser.getPage(path(finished.header("Location")));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body())
                .contains("Mock interview report")
                .contains("Strengths and gaps")
                .contains("Score: ")
                .contains("Cassandra favours availability.")
                .contains("Follow-up 1: ")
                .contains("key points covered")
                .contains("Model answer")
                .contains("Key points")
                .contains("STAR")
                .contains("Common mistakes: does your answer make one?");
        assertThat(browser.getPage(interview).status())
                .as("a finished interview shows its report")
                .isEqualTo(302);
        assertThat(browser.getPage("/mock-interviews").body()).contains("<svg class=\"chart trend\"");
    }

    @Test
    void htmxAutosavesAnswerWithAStatusAndKeepTheNewestRevision() {
        var browser = signedIn(People.aCandidate(port));
        var list = browser.getPage("/mock-interviews");
        String interview =
                path(browser.postForm("/mock-interviews", Http.form("questionSlugs", TECHNICAL, "_csrf", list.csrf()))
                        .header("Location"));
        String csrf = browser.getPage(interview).csrf();

        var newer = browser.postHtmx(interview + "/answers", fields(TECHNICAL, 0, "20", "typed later", csrf));
        var older = browser.postHtmx(interview + "/answers", fields(TECHNICAL, 0, "10", "typed earlier", csrf));

        assertThat(newer.status()).isEqualTo(200);
        assertThat(newer.body()).startsWith("Saved at").doesNotContain("<html");
        assertThat(older.body()).contains("A newer version of this answer is already saved.");
        assertThat(browser.getPage(interview).body()).contains(">typed later</textarea>");
        var tooLong = browser.postHtmx(interview + "/answers", fields(TECHNICAL, 0, "30", "x".repeat(20_001), csrf));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("shorten it");
    }

    @Test
    void anInterviewFinishedBeforeFollowUpsWereScoredStillShowsItsReportPage() {
        var owner = People.aCandidate(port);
        var api = owner.api(port);
        long id = Interviews.start(api, TECHNICAL).get("id").asLong();
        Interviews.save(api, id, TECHNICAL, "Partitions force a choice.", 1, null);
        api.get("/api/v1/mock-interviews/" + id);
        Interviews.save(api, id, TECHNICAL, "An answer from before scoring.", 1, 1);
        api.post("/api/v1/mock-interviews/" + id + "/finish", "");
        // What such an interview looks like after V16: no follow-up scores.
        jdbc.sql("UPDATE mock_interview_question SET follow_up_scores_json = NULL WHERE interview_id = ?")
                .param(id)
                .update();

        var report = signedIn(owner).getPage("/mock-interviews/" + id + "/report");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body())
                .contains("An answer from before scoring.")
                .contains("this interview finished before follow-up answers were scored")
                .doesNotContain("key points covered");
    }

    @Test
    void aShareLinkShowsTheReportReadOnlyUntilTheOwnerRevokesIt() {
        var owner = People.aCandidate(port);
        long id = Interviews.start(owner.api(port), TECHNICAL).get("id").asLong();
        Interviews.save(owner.api(port), id, TECHNICAL, "a shared answer", 1, null);
        var browser = signedIn(owner);
        String report = "/mock-interviews/" + id + "/report";
        String csrf = browser.getPage("/mock-interviews/" + id).csrf();
        assertThat(browser.postForm("/mock-interviews/" + id + "/share", Http.form("_csrf", csrf))
                        .status())
                .as("no report to share while it runs")
                .isEqualTo(302);
        assertThat(browser.getPage(report).status()).isEqualTo(302);
        browser.postForm("/mock-interviews/" + id + "/finish", Http.form("_csrf", csrf));

        browser.postForm("/mock-interviews/" + id + "/share", Http.form("_csrf", csrf));
        var withLink = browser.getPage(report);
        Matcher m = SHARE_LINK.matcher(withLink.body());
        assertThat(m.find()).as("the link is shown once").isTrue();
        String link = m.group(1);
        assertThat(browser.getPage(report).body()).doesNotContain(link).contains("A read-only share link is live");

        var stranger = Http.browser(port);
        var shared = stranger.getPage(link);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.header("X-Robots-Tag")).contains("noindex");
        assertThat(shared.body())
                .contains("A read-only report someone shared with you")
                .contains("a shared answer")
                .contains("Common mistakes: does your answer make one?")
                .doesNotContain("Add my weak questions to practice")
                .doesNotContain("Revoke")
                .doesNotContain(owner.email());

        browser.postForm("/mock-interviews/" + id + "/share/revoke", Http.form("_csrf", csrf));
        assertThat(stranger.getPage(link).status()).isEqualTo(404);
        assertThat(stranger.getPage(link.substring(0, link.length() - 2) + "xx").status())
                .isEqualTo(404);
        assertThat(stranger.getPage("/shared/mock-interviews/not-a-token").status())
                .isEqualTo(404);
    }

    @Test
    void anotherPersonsInterviewIsNotFoundOnEveryPage() {
        var alice = People.aCandidate(port);
        long id = Interviews.start(alice.api(port), TECHNICAL).get("id").asLong();
        var bob = signedIn(People.aCandidate(port));
        String csrf = bob.getPage("/mock-interviews").csrf();

        assertThat(bob.getPage("/mock-interviews/" + id).status()).isEqualTo(404);
        assertThat(bob.getPage("/mock-interviews/" + id + "/report").status()).isEqualTo(404);
        for (String action : new String[] {"/finish", "/share", "/share/revoke", "/practice"}) {
            assertThat(bob.postForm("/mock-interviews/" + id + action, Http.form("_csrf", csrf))
                            .status())
                    .as(action)
                    .isEqualTo(404);
        }
        assertThat(bob.postForm("/mock-interviews/" + id + "/answers", fields(TECHNICAL, 0, "5", "bob's answer", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(alice.api(port).get("/api/v1/mock-interviews/" + id).body()).doesNotContain("bob's answer");
    }

    @Test
    void badChoicesGetAFriendlyMessage() {
        var browser = signedIn(People.aCandidate(port));
        var list = browser.getPage("/mock-interviews");
        var bad = browser.postForm(
                "/mock-interviews", Http.form("role", "astronaut", "seniority", "senior", "_csrf", list.csrf()));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(browser.getPage("/mock-interviews").body()).contains("Choose a career role.");
        browser.postForm("/mock-interviews", Http.form("questionSlugs", "nope <script>", "_csrf", list.csrf()));
        assertThat(browser.getPage("/mock-interviews").body())
                .contains("Check your questions")
                .doesNotContain("<script>");
    }

    private static java.util.Map<String, String> fields(
            String slug, int followUp, String revision, String answer, String csrf) {
        return Http.form(
                "slug",
                slug,
                "position",
                slug.equals(TECHNICAL) ? "0" : "1",
                "followUp",
                String.valueOf(followUp),
                "revision",
                revision,
                "answer",
                answer,
                "_csrf",
                csrf);
    }

    private static void step(
            Http browser, String interview, String csrf, String slug, int followUp, String action, String answer) {
        var fields = fields(slug, followUp, String.valueOf(System.nanoTime()), answer, csrf);
        fields.put("action", action);
        var response = browser.postForm(interview + "/answers", fields);
        assertThat(response.status()).isEqualTo(302);
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }

    private static String path(String location) {
        return location.replaceAll("^https?://[^/]+", "");
    }
}
