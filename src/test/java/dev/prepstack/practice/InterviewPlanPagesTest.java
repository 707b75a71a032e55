package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Interview plans with plain forms (no JavaScript): create, see the forecast and the dashboard, fix, delete. */
@IntegrationTest
class InterviewPlanPagesTest {

    @LocalServerPort
    int port;

    private Http signedIn() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }

    @Test
    void aPlanMadeWithTheFormShowsItsForecastChartsAndAppearsOnTheDashboard() {
        Http browser = signedIn();
        var form = browser.getPage("/practice/plans");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Plan for an interview").contains("name=\"interviewOn\"");

        var created = browser.postForm(
                "/practice/plans",
                Http.form(
                        "title", "Acme <script>alert(1)</script>",
                        "interviewOn",
                                LocalDate.now(ZoneOffset.UTC).plusDays(21).toString(),
                        "topics", "caching",
                        "minutesPerDay", "30",
                        "target", "0.90",
                        "_csrf", form.csrf()));
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location").replaceAll("^https?://[^/]+", "");
        assertThat(location).matches("/practice/plans/\\d+");

        var page = browser.getPage(location);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Acme &lt;script&gt;")
                .doesNotContain("<script>alert(1)")
                .contains("21</strong> <span>days</span> to go")
                .contains("role=\"img\"")
                .contains("Minutes per day until the interview")
                .contains("Expected recall on the day, by topic")
                .contains("<caption>Cards and minutes per day until the interview</caption>");

        var progress = browser.getPage("/progress");
        assertThat(progress.body())
                .contains("Interview plans")
                .contains("Acme &lt;script&gt;")
                .contains("21 days to go");
    }

    @Test
    void badInputGetsAFriendlyMessageAndATooSmallBudgetAWarningWithChoices() {
        Http browser = signedIn();
        var form = browser.getPage("/practice/plans");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String[][] cases = {
            {"2020-01-01", "30", "Interview date must be after today."},
            {today, "30", "Interview date must be after today."},
            {"tomorrow", "30", "Interview date must be a date"},
            {LocalDate.now(ZoneOffset.UTC).plusDays(9).toString(), "0", "Minutes per day must be between 5 and 600"},
            {LocalDate.now(ZoneOffset.UTC).plusDays(9).toString(), "10000", "Minutes per day must be between 5 and 600"
            },
        };
        for (String[] c : cases) {
            var response = browser.postForm(
                    "/practice/plans",
                    Http.form("interviewOn", c[0], "topics", "caching", "minutesPerDay", c[1], "_csrf", form.csrf()));
            assertThat(response.status()).isEqualTo(302);
            assertThat(browser.getPage("/practice/plans").body())
                    .as(c[0] + " " + c[1])
                    .contains(c[2]);
        }

        var tight = browser.postForm(
                "/practice/plans",
                Http.form(
                        "interviewOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
                        "seniority", "experienced",
                        "role", firstRole(browser),
                        "minutesPerDay", "5",
                        "_csrf", form.csrf()));
        String location = tight.header("Location").replaceAll("^https?://[^/]+", "");
        var page = browser.getPage(location);
        assertThat(page.body())
                .contains("This plan does not fit your")
                .contains("data-choice=\"more-minutes\"")
                .contains("data-choice=\"lower-target\"");

        var saved = browser.postForm(
                location,
                Http.form(
                        "interviewOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
                        "topics", "caching",
                        "levels", "fresher",
                        "minutesPerDay", "600",
                        "_csrf", page.csrf()));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.getPage(location).body()).contains("Plan saved.").doesNotContain("This plan does not fit");

        var deleted = browser.postForm(location + "/delete", Http.form("_csrf", page.csrf()));
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(browser.getPage(location).status()).isEqualTo(404);
    }

    private static String firstRole(Http browser) {
        return browser.getPage("/practice/plans")
                .body()
                .replaceAll(
                        "(?s).*<select id=\"role\" name=\"role\">\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([^\"]+)\".*",
                        "$1");
    }
}
