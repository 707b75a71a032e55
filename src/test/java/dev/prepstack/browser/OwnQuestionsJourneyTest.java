package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A candidate imports a question list from a spreadsheet in headless Chromium: sees the preview, imports,
 * imports the same file again (nothing new), writes a question with the live preview and practises.
 */
@IntegrationTest
class OwnQuestionsJourneyTest {

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
    void aCandidateImportsASpreadsheetTwiceWritesAQuestionWithAPreviewAndPractisesIt() throws Exception {
        var person = People.aCandidate(port);
        Page page = browser.newPage();
        Browser.signIn(page, port, person);
        Path csv = Files.createTempFile("recruiter-questions", ".csv");
        Files.writeString(
                csv,
                "\uFEFFTitle,Answer,Key points,Tags\r\n"
                        + "What is a message queue?,\"Decouples producers from consumers.\r\nAbsorbs bursts.\",Decoupling|Burst absorption,messaging\r\n"
                        + "What is a dead-letter queue?,Where messages go after too many failed deliveries.,,messaging\r\n");

        page.navigate(url("/my-questions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import"))
                .click();
        page.getByLabel("File").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the import"))
                .click();
        assertThat(page.locator("#import-summary")).containsText("2 to create, 0 skipped");
        assertThat(page.getByRole(
                        AriaRole.CELL, new Page.GetByRoleOptions().setName("key points taken from the answer")))
                .isVisible();
        AxeResults results = new AxeBuilder(page)
                .include(List.of("main"))
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getViolations())
                .as(results.getViolations().stream()
                        .map(v -> v.getId())
                        .toList()
                        .toString())
                .isEmpty();
        Browser.screenshot(page, "my-questions-import-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 questions"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Imported 2 questions from");
        assertThat(page.locator("#my-question-list li")).hasCount(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import"))
                .click();
        page.getByLabel("File").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the import"))
                .click();
        assertThat(page.locator("#import-summary")).containsText("0 to create, 2 skipped");
        assertThat(page.locator("#skipped")).containsText("you already have a question with this title");

        page.navigate(url("/my-questions/new"));
        page.locator("#title").fill("How would you size a Kafka cluster?");
        page.locator("#answer").fill("Start from **throughput** and retention.");
        assertThat(page.locator("#answer-preview strong")).hasText("throughput");
        page.locator("#keyPoints").fill("Throughput\nRetention");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save question"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("How would you size a Kafka cluster?")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practise mine"))
                .click();
        assertThat(page.locator("h1")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("4 · Easy"))
                .click();
        assertThat(page.locator("#own-summary")).containsText("0 due · 2 new");

        // The same queue mixed with the bank's due cards (this account has none due yet).
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("both").setExact(true))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/my-questions/practice\\?from=both"));
        assertThat(page.locator("#own-summary")).containsText("0 due, yours and the bank's · 2 new of yours");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("3 · Good"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/my-questions/practice\\?from=both"));
        assertThat(page.locator("#own-summary")).containsText("1 new of yours");
        Files.deleteIfExists(csv);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
