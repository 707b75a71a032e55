package dev.prepstack.interview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.content.FollowUp;
import dev.prepstack.embedding.AnswerEmbeddings;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A short mock interview in headless Chromium: autosave, a reload mid-way, dictation, the report. */
@IntegrationTest
class MockInterviewBrowserTest {

    /** Headless Chromium has no speech service: this stands in for one that hears a sentence. */
    static final String FAKE_SPEECH = """
            window.SpeechRecognition = window.webkitSpeechRecognition = class {
              start() {
                setTimeout(() => this.onresult({resultIndex: 0,
                    results: [Object.assign([{transcript: 'I kept a rollback plan ready'}], {isFinal: true})]}), 50);
                setTimeout(() => this.onend && this.onend(), 100);
              }
              stop() { this.onend && this.onend(); }
            };""";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    AnswerEmbeddings answerModel;

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
    void aCandidateRunsAShortInterviewReloadsMidwayAndReadsTheReport() {
        Page page = browser.newPage();
        List<String> errors = consoleErrors(page);
        page.addInitScript(FAKE_SPEECH);
        signIn(page, People.aCandidate(port));

        page.navigate(url("/mock-interviews"));
        page.locator("summary", new Page.LocatorOptions().setHasText("choose the questions yourself"))
                .click();
        page.locator("#questionSlugs").fill(Interviews.TECHNICAL + "\n" + Interviews.BEHAVIORAL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start with these questions"))
                .click();

        assertThat(page.locator("h1")).containsText("CAP theorem");
        assertThat(page.getByText("Question 1 of 2")).isVisible();
        assertThat(page.locator(".countdown").last()).hasText(Pattern.compile("[45]:\\d\\d left"));
        Locator answer = page.locator("#answer");
        String typed = "A partition forces a choice between consistency and availability.";
        answer.pressSequentially(typed, new Locator.PressSequentiallyOptions().setDelay(5));
        assertThat(page.locator("#autosave-status")).containsText("Saved at");
        assertNoAccessibilityViolations(page);
        Browser.screenshot(page, "mock-01-question");

        page.reload();
        assertThat(page.locator("#answer")).hasValue(typed);
        assertThat(page.getByText("Question 1 of 2")).isVisible();

        next(page);
        assertThat(page.locator("h1")).containsText("Follow-up 1:");
        page.locator("#answer").fill("Cassandra is AP; a synchronous standby makes PostgreSQL CP.");
        next(page);

        assertThat(page.getByText("Question 2 of 2")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dictate"))
                .click();
        assertThat(page.locator("#answer")).hasValue("I kept a rollback plan ready");
        assertThat(page.locator("#autosave-status")).containsText("Saved at");
        page.locator("#answer").pressSequentially(" and we shipped on time.");
        assertThat(page.locator("#autosave-status")).containsText("Saved at");
        next(page);
        page.locator("#answer").fill("I would start the migration earlier.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done: that was my last answer"))
                .click();

        assertThat(page.locator("h1")).hasText("You answered every question");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish and see the report"))
                .click();

        assertThat(page.locator("h1")).hasText("Mock interview report");
        assertThat(page.locator(".report-question")).hasCount(2);
        assertThat(page.locator(".report-question").first()).containsText(typed);
        assertThat(page.locator(".report-question").last())
                .containsText("I kept a rollback plan ready and we shipped on time.");
        assertThat(page.locator(".report-question").last()).containsText("STAR");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print or save as PDF")))
                .isVisible();
        assertNoAccessibilityViolations(page);
        Browser.screenshot(page, "mock-02-report");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        assertThat(page.locator("form").first()).isHidden();
        assertThat(page.locator(".report-question").first()).isVisible();

        assertThat(errors)
                .as("no console errors under the Content-Security-Policy")
                .isEmpty();
    }

    @Test
    void aFollowUpAnswerIsScoredInTheReportWithItsKeyPointsAndModelAnswer() {
        // Scored on meaning, as people see it once the model has loaded after start-up.
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        Page page = browser.newPage();
        var person = People.aCandidate(port);
        long id = Interviews.start(person.api(port), Interviews.TECHNICAL)
                .get("id")
                .asLong();
        signIn(page, person);
        page.navigate(url("/mock-interviews/" + id));
        page.locator("#answer").fill("A partition forces a choice between consistency and availability.");
        next(page);
        assertThat(page.locator("h1")).containsText("Follow-up 1:");
        String asked = page.locator("h1 span").last().textContent();
        FollowUp bank = catalog.question(Interviews.TECHNICAL).orElseThrow().followUps().stream()
                .filter(f -> f.question().equals(asked))
                .findFirst()
                .orElseThrow();
        page.locator("#answer").fill(bank.answer());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done: that was my last answer"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish and see the report"))
                .click();

        assertThat(page.locator("h1")).hasText("Mock interview report");
        Locator followUp = page.locator(".follow-up-result");
        assertThat(followUp).hasCount(1);
        assertThat(followUp.getByRole(
                        AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Follow-up 1: " + asked)))
                .isVisible();
        assertThat(followUp).containsText(bank.answer());
        assertThat(followUp.locator("strong").first()).hasText(Pattern.compile("Score: \\d+ / 100"));
        int n = bank.keyPoints().size();
        assertThat(followUp).containsText(n + " of " + n + " key points covered");
        assertThat(followUp.locator(".key-point-results li:is(.covered, .partly)"))
                .hasCount(n);
        assertThat(page.locator(".report-question").first())
                .containsText("scored follow-ups weigh 30% of the question");
        Locator model = followUp.locator("details.model-answer");
        assertThat(model.locator("p")).isHidden();
        model.locator("summary").click();
        assertThat(model.locator("p")).hasText(bank.answer());
        assertNoAccessibilityViolations(page);
        Browser.screenshot(page, "mock-03-follow-up-report");
    }

    @Test
    void withoutSpeechRecognitionTheDictateButtonExplainsWhy() {
        Page page = browser.newPage();
        page.addInitScript("window.webkitSpeechRecognition = undefined; window.SpeechRecognition = undefined;");
        var person = People.aCandidate(port);
        long id = Interviews.start(person.api(port), Interviews.TECHNICAL)
                .get("id")
                .asLong();
        signIn(page, person);

        page.navigate(url("/mock-interviews/" + id));

        assertThat(page.locator("#dictate")).isDisabled();
        assertThat(page.locator("#dictate-help")).containsText("Dictation is not available");
        page.locator("#answer").fill("Typing works.");
        assertThat(page.locator("#autosave-status")).containsText("Saved at");

        try {
            page.context().setOffline(true);
            page.locator("#answer").pressSequentially(" Even offline.");
            assertThat(page.locator("#autosave-status")).containsText("Not saved yet");
        } finally {
            page.context().setOffline(false);
        }
        assertThat(page.locator("#autosave-status"))
                .containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        page.reload();
        assertThat(page.locator("#answer")).hasValue("Typing works. Even offline.");
    }

    private static void assertNoAccessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertThat(results.getViolations())
                .as(page.url() + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getHtml())
                                                .limit(2)
                                                .toList())
                                .toList())
                .isEmpty();
    }

    private void next(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Next").setExact(true))
                .click();
    }

    private void signIn(Page page, People.Person person) {
        Browser.signIn(page, port, person);
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        return errors;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
