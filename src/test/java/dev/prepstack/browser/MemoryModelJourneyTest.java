package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.prepstack.practice.GeneratedHistory;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person with months of reviews optimises their schedule from the progress page in headless Chromium. */
@IntegrationTest
class MemoryModelJourneyTest {

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
    void aPersonWithAReviewHistoryOptimisesTheirScheduleAndSeesByHowMuchItPredictsBetter() {
        var person = People.aCandidate(port);
        GeneratedHistory.postTo(person.api(port));
        Page page = browser.newPage();
        Browser.signIn(page, port, person);

        page.navigate(url("/progress"));
        var workload = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Reviews per day to expect"));
        assertThat(workload).isVisible();
        assertThat(workload.getByRole(AriaRole.ROW)).hasCount(6);
        assertThat(page.getByText("scheduled with the FSRS-6 default parameters"))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Optimise my schedule"))
                .click();

        // The page may also say it is catching up (the history leaves cards overdue): two notices.
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Your new schedule")))
                .containsText("better than the one before");
        assertThat(page.getByText("fitted to your own reviews")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go back to the defaults")))
                .isVisible();
        Browser.screenshot(page, "memory-model-optimised");

        AxeResults results = new AxeBuilder(page)
                .include(List.of("#memory-model", ".workload"))
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertThat(results.getViolations())
                .as(results.getViolations().stream()
                        .map(v -> v.getId())
                        .toList()
                        .toString())
                .isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
