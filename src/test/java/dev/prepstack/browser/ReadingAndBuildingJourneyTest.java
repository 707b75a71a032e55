package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.prepstack.hiring.Hiring;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21, second half: "try first" on question pages, the light/dark toggle, code blocks with
 * colours and a copy button, and the kit builder reordered from the keyboard without reloads.
 */
@IntegrationTest
class ReadingAndBuildingJourneyTest {

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
    void tryFirstHidesTheAnswerUntilAskedAndTheBrowserRemembersTheChoice() {
        Page page = browser.newPage();
        page.navigate(url("/questions/cap-theorem"));
        var answer = page.locator("#answer-title");
        assertThat(answer).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try first: hide the answer"))
                .click();
        assertThat(answer).isHidden();
        assertThat(page.locator(".try-first-toggle")).hasAttribute("aria-pressed", "true");
        var show = page.locator("details.answer-reveal > summary");
        assertThat(show.locator(".when-closed")).hasText("Show the answer");
        assertThat(show.locator(".when-closed")).isVisible();
        assertThat(show.locator(".when-open")).isHidden();
        Browser.screenshot(page, "product-07-try-first");

        page.reload();
        assertThat(answer).isHidden(); // remembered after a reload
        page.navigate(url("/questions/cache-invalidation-strategies"));
        assertThat(page.locator("#answer-title")).isHidden(); // and on the next question
        show.click();
        assertThat(page.locator("#answer-title")).isVisible();
        accessible(page, "question page in try-first mode");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try first is on"))
                .click();
        page.navigate(url("/questions/cap-theorem"));
        assertThat(page.locator("#answer-title")).isVisible(); // switched off again
    }

    @Test
    void withoutJavaScriptTryFirstIsALinkThatFoldsTheAnswer() {
        Page page = browser.newPageWithoutJavaScript();
        page.navigate(url("/questions/cap-theorem"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try first: hide the answer"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/questions/cap-theorem\\?tryfirst=on"));
        assertThat(page.locator("#answer-title")).isHidden();
        page.locator("details.answer-reveal > summary").click();
        assertThat(page.locator("#answer-title")).isVisible();
    }

    @Test
    void theThemeToggleOverridesTheSystemAndIsKeptWithoutAFlash() {
        Page page = browser.newPage();
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(url("/topics"));
        var toggle = page.locator("#theme-toggle");
        assertThat(toggle).containsText("Theme: automatic");
        String light = background(page);

        toggle.click();
        assertThat(toggle).containsText("Theme: dark");
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        String dark = background(page);
        assertThat(dark).isNotEqualTo(light);
        accessible(page, "topics, dark by the toggle");

        // The saved theme is on <html> before the stylesheet paints anything (js/prefs.js in <head>).
        page.navigate(url("/questions/cap-theorem"));
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        assertThat(background(page)).isEqualTo(dark);
        Browser.screenshot(page, "product-08-dark-by-toggle");

        toggle.click();
        assertThat(toggle).containsText("Theme: light");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(background(page)).as("light wins over a dark system").isEqualTo(light);
        toggle.click();
        assertThat(toggle).containsText("Theme: automatic");
        assertThat(background(page)).as("automatic follows the dark system").isEqualTo(dark);
    }

    @Test
    void codeBlocksAreColouredFromOurOwnHostAndHaveACopyButton() {
        Page page = browser.newPage();
        List<String> hosts = new java.util.ArrayList<>();
        page.onRequest(r -> hosts.add(java.net.URI.create(r.url()).getHost()));
        page.navigate(url("/questions/java-records-and-immutability"));
        var code = page.locator(".prose pre code.language-java").first();
        assertThat(code.locator(".hljs-keyword").first()).isVisible();
        assertThat(page.locator(".code-block .copy-code").first()).hasText("Copy");
        assertThat(hosts).as("every request stays on our host").containsOnly("localhost");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            accessible(page, "code colours " + scheme);
        }
    }

    @Test
    void anInterviewerBuildsAKitAddingAndReorderingQuestionsByKeyboardWithoutAReload() {
        var owner = People.anInterviewer(port);
        new Hiring(port).organisation(owner, "Keyboard org");
        Page page = browser.newPage();
        Browser.signIn(page, port, owner);
        page.navigate(url("/hiring/kits/new"));
        page.getByLabel("Title").fill("Caching, by keyboard");
        page.getByLabel("Role").fill("Backend engineer");
        page.locator("#attributes").fill("Depth\nCommunication");
        page.evaluate("() => { window.sameDocument = true; }");

        page.locator("#q").fill("cache invalidation");
        var offered = page.locator("#picker-results input[name=add]");
        assertThat(offered.first()).isVisible();
        String first = offered.nth(0).getAttribute("data-title");
        String second = offered.nth(1).getAttribute("data-title");
        offered.nth(0).check();
        offered.nth(1).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add selected"))
                .click();
        var items = page.locator("#kit-items li.kit-item .kit-item-title");
        assertThat(items).hasText(new String[] {first, second});
        assertThat(page.locator("#kit-status")).containsText("Added 2 questions");

        // Keyboard only: focus the second question's "Move up" and press Enter, then Space.
        var moveUp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up: " + second));
        moveUp.focus();
        page.keyboard().press("Enter");
        assertThat(items).hasText(new String[] {second, first});
        assertThat(moveUp).isFocused();
        assertThat(page.locator("#kit-status")).containsText("to position 1 of 2");
        page.keyboard().press("Space");
        assertThat(page.locator("#kit-status")).containsText("already first");
        assertThat((Boolean) page.evaluate("() => window.sameDocument === true"))
                .as("no reload so far")
                .isTrue();
        accessible(page, "kit builder");
        Browser.screenshot(page, "product-09-kit-builder-reordered");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save kit"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/hiring/kits/\\d+"));
        String text = page.locator("main").innerText();
        assertThat(text.indexOf(second)).as("saved in the new order").isLessThan(text.indexOf(first));
        assertThat(text.indexOf(second)).isNotNegative();
    }

    @Test
    void progressIsAPerTopicHeatmapWithLabelledAxesInLightAndDark() {
        var person = People.aCandidate(port);
        Page page = browser.newPage();
        Browser.signIn(page, port, person);
        page.navigate(url("/progress"));
        var rows = page.locator("table.heatmap tbody tr");
        assertThat(rows.first()).isVisible();
        assertThat(rows.count())
                .as("one row per topic, not per topic and level")
                .isBetween(10, 25);
        assertThat(page.locator("table.heatmap thead th"))
                .hasText(new String[] {"Topic", "Fresher", "Intermediate", "Experienced"});
        assertThat(page.locator("svg.chart .axis-title").first()).hasText("Reviews");
        assertThat(page.locator("svg.chart .axis-title").nth(1)).hasText("Day (last 90 days)");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            accessible(page, "progress " + scheme);
        }
        Browser.screenshot(page, "product-10-progress-heatmap");
    }

    private static String background(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
    }

    private static void accessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getViolations())
                .as(what + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getTarget().toString())
                                                .toList())
                                .toList())
                .isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
