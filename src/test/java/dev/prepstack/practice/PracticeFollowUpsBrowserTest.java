package dev.prepstack.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.FollowUp;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The practice card in headless Chromium: after the reveal, the question's follow-ups, collapsed. */
@IntegrationTest
class PracticeFollowUpsBrowserTest {

    /** One question whose follow-ups have answers of their own, one whose follow-ups point to others. */
    static final List<String> QUESTIONS = List.of("cap-theorem", "what-is-an-api");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

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
    void aRevealedCardListsItsFollowUpsCollapsedAndEachOpensToItsAnswerOrTheQuestionThatAnswersIt() {
        var person = People.aCandidate(port);
        var api = person.api(port);
        // Both questions become due now: a mock interview left blank puts its weak questions into practice.
        var started = api.post(
                "/api/v1/mock-interviews", "{\"questionSlugs\":[\"" + String.join("\",\"", QUESTIONS) + "\"]}");
        long interview = started.json().get("id").asLong();
        api.post("/api/v1/mock-interviews/" + interview + "/finish", "");
        assertThat(api.post("/api/v1/mock-interviews/" + interview + "/practice", "")
                        .json()
                        .get("added")
                        .asInt())
                .isEqualTo(2);
        Page page = browser.newPage();
        Browser.signIn(page, port, person);
        page.navigate(url("/practice"));
        page.locator("input[name=mode][value=due]").check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start").setExact(true))
                .click();

        Set<String> seen = new HashSet<>();
        for (int card = 0; card < QUESTIONS.size(); card++) {
            // No follow-ups before the reveal.
            assertThat(page.locator("#follow-ups-title")).hasCount(0);
            String slug = page.locator("form input[name=slug]").first().inputValue();
            Question question = catalog.question(slug).orElseThrow();
            seen.add(slug);
            page.locator("#answer").fill("A first attempt.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the model answer"))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Follow-up questions")))
                    .isVisible();
            Locator items = page.locator(".practice-follow-ups details.follow-up");
            assertThat(items).hasCount(question.followUps().size());
            for (int i = 0; i < question.followUps().size(); i++) {
                FollowUp f = question.followUps().get(i);
                Locator item = items.nth(i);
                assertThat(item.locator("summary")).hasText(f.question());
                Locator answer = f.hasAnswer()
                        ? item.getByText(f.answer())
                        : item.getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions()
                                        .setName(catalog.question(f.see())
                                                .orElseThrow()
                                                .title()));
                // Collapsed until opened.
                assertThat(answer).isHidden();
                // Keyboard users open it like anyone else: a summary is a button.
                item.locator("summary").focus();
                page.keyboard().press("Enter");
                assertThat(answer).isVisible();
                if (!f.hasAnswer()) {
                    assertThat(answer).hasAttribute("href", "/questions/" + f.see());
                } else {
                    assertThat(item.locator(".key-points li"))
                            .hasCount(f.keyPoints().size());
                }
            }
            var violations = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze()
                    .getViolations();
            assertThat(violations).as(violations.toString()).isEmpty();
            Browser.screenshot(page, "practice-follow-ups-" + slug);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("3 · Good"))
                    .click();
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(QUESTIONS);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
