package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's journey in headless Chromium, and an axe-core accessibility check of the main pages. */
@IntegrationTest
class BrowsingJourneyTest {

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
    void readerGoesFromLandingPageToATopicExpandsAnAnswerOpensTheQuestionAndHitsA404() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Select a technology to practise")))
                .isVisible();
        Browser.screenshot(page, "01-landing");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Databases").setExact(true))
                .first()
                .click();
        assertThat(page).hasURL(url("/topics/databases"));
        assertThat(page.locator("h1")).hasText("Databases");
        Browser.screenshot(page, "02-topic");

        var firstQuestion = page.locator("#level-fresher article.question-item").first();
        var answer = firstQuestion.locator("details.answer");
        assertThat(answer.locator(".prose")).not().isVisible();
        answer.locator("summary").click();
        assertThat(answer.locator(".prose")).isVisible();
        assertThat(answer).hasAttribute("open", "");
        Browser.screenshot(page, "03-answer-expanded");

        String title = firstQuestion.locator("h3 a").textContent();
        firstQuestion.locator("h3 a").click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What interviewers look for")))
                .isVisible();
        Browser.screenshot(page, "04-question");

        var response = page.navigate(url("/questions/this-does-not-exist"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        Browser.screenshot(page, "05-not-found");
    }

    @Test
    void pagesLoadWithoutConsoleErrorsUnderTheContentSecurityPolicy() {
        Page page = browser.newPage();
        List<String> errors = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.navigate(url("/questions/cap-theorem"));
        page.waitForLoadState();
        assertThat(errors).isEmpty();
    }

    @Test
    void headerSearchShowsResultsAsYouType() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        page.locator("#site-search")
                .pressSequentially(
                        "cap theorm", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
        var suggestion = page.locator("#search-suggestions a[href='/questions/cap-theorem']");
        assertThat(suggestion).isVisible();
        Browser.screenshot(page, "06-live-search");
        page.locator("#site-search").press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/search\\?q=cap\\+theorm.*"));
        assertThat(page.locator(".result-list li").first()).containsText("CAP theorem");
    }

    @Test
    void anAdministratorSignsInWithTheCookieCsrfTokenAndTheSensitiveFormsAskForThePassword() {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(dev.prepstack.support.People.ADMIN_EMAIL);
        page.getByLabel("Password").fill(dev.prepstack.support.People.ADMIN_PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));

        page.navigate(url("/settings"));
        assertThat(page.getByLabel("Sign out my other sessions and revoke my API tokens"))
                .isChecked();
        page.getByLabel("Token name").fill("browser check");
        page.locator("#tokenPassword").fill(dev.prepstack.support.People.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        assertThat(page.locator(".notice.token code")).containsText("psk_");
        Browser.screenshot(page, "07-settings-token");

        page.navigate(url("/admin"));
        assertThat(page.getByLabel("Your password").first()).isVisible();
        Browser.screenshot(page, "08-admin-roles-password");
        for (String path : List.of("/settings", "/admin")) {
            page.navigate(url(path));
            AxeResults results = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze();
            assertThat(results.getViolations())
                    .as(path + ": "
                            + results.getViolations().stream()
                                    .map(v -> v.getId())
                                    .toList())
                    .isEmpty();
        }
    }

    @Test
    void apiExplorerLoadsUnderItsContentSecurityPolicy() {
        Page page = browser.newPage();
        page.navigate(url("/swagger-ui.html"));
        // The first /v3/api-docs is generated on demand: give it longer than the 5 s default on a busy machine.
        assertThat(page.getByText("Question bank").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/topics/databases",
                "/questions/cap-theorem",
                "/behavioral",
                "/learning-path",
                "/no-such-page"
            })
    void mainPagesHaveNoAccessibilityViolations(String path) {
        Page page = browser.newPage();
        page.navigate(url(path));
        page.locator("details").evaluateAll("ds => ds.forEach(d => d.open = true)");

        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();

        assertThat(results.getViolations())
                .as(path + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getHtml())
                                                .limit(2)
                                                .toList())
                                .toList())
                .isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
