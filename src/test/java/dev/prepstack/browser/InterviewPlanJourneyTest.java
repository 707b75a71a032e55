package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A candidate plans for an interview in headless Chromium, is warned that it does not fit, and fixes it. */
@IntegrationTest
class InterviewPlanJourneyTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCandidatePlansForAnInterviewSeesTheWarningAndGivesItMoreMinutes() {
        var person = People.aCandidate(port);
        Page page = browser.newPage();
        Browser.signIn(page, port, person);

        page.navigate(url("/progress"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan for an interview"))
                .click();
        page.getByLabel("Title").fill("Backend at Acme");
        page.locator("#interviewOn")
                .fill(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        page.locator("#role").selectOption(new SelectOption().setIndex(1));
        page.locator("#seniority").selectOption("experienced");
        page.locator("#minutesPerDay").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my practice"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backend at Acme")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This plan does not fit your 5 minutes a day");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("minutes a day instead of 5");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Minutes per day for 10 days")))
                .isVisible();
        Browser.screenshot(page, "interview-plan-warning");
        AxeResults results = new AxeBuilder(page)
                .include(List.of(".plan-forecast"))
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertThat(results.getViolations())
                .as(results.getViolations().stream()
                        .map(v -> v.getId() + ": " + v.getNodes().getFirst().getHtml())
                        .toList()
                        .toString())
                .isEmpty();

        page.locator("#minutesPerDay").fill("600");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Plan saved.");
        assertThat(page.getByText("This plan does not fit")).hasCount(0);

        page.navigate(url("/progress"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Backend at Acme")))
                .isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
