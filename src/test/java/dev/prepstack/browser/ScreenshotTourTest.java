package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main screens at 1280 px and on a 390 px phone: each opens, nothing scrolls sideways, and a
 * picture of what is in view is saved. With -Dprepstack.screenshots=docs/screenshots the pictures
 * are the README's (run it with -Dtest=ScreenshotTourTest after a visible change).
 */
@IntegrationTest
class ScreenshotTourTest {

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
    void theMainScreensOpenWithoutSidewaysScrollingOnDesktopAndPhone() {
        var person = People.aCandidate(port);
        List<String> problems = new ArrayList<>();
        for (boolean phone : List.of(false, true)) {
            Page page = phone ? browser.newPhonePage() : browser.newPage();
            String suffix = phone ? "-phone" : "-desktop";
            Map<String, String> guestScreens = new LinkedHashMap<>();
            guestScreens.put("landing", "/");
            guestScreens.put("topic", "/topics/databases");
            guestScreens.put("question", "/questions/cap-theorem");
            guestScreens.put("search", "/search?q=cache+invalidation");
            guestScreens.put("check-an-answer", "/feedback");
            guestScreens.put("practise", "/practice");
            guestScreens.put("api-guide", "/api-guide");
            guestScreens.forEach((name, path) -> shoot(page, path, name + suffix, problems));

            Browser.signIn(page, port, person);
            shoot(page, "/", "home" + suffix, problems);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/practice/sessions/\\d+"));
            // Answer the question on the card (its key points, in a sentence), not a fixed one.
            String slug = page.locator("form input[name=slug]").first().inputValue();
            var keyPoints = new dev.prepstack.support.Http(port)
                    .get("/api/v1/questions/" + slug)
                    .json()
                    .get("keyPoints");
            List<String> said = new ArrayList<>();
            keyPoints.forEach(k -> said.add(k.asString()));
            page.locator("#answer").fill(String.join(" ", said.subList(0, Math.min(2, said.size()))));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the model answer"))
                    .click();
            assertThat(page.locator("form.rating-form")).isVisible();
            check(page, "practice session", problems);
            Browser.viewScreenshot(page, "practice-session" + suffix);
            shoot(page, "/mock-interviews", "mock-interviews" + suffix, problems);
            shoot(page, "/progress", "progress" + suffix, problems);
        }
        assertThat(problems).isEmpty();
    }

    private void shoot(Page page, String path, String name, List<String> problems) {
        var response = page.navigate("http://localhost:" + port + path);
        if (response.status() != 200) {
            problems.add(path + " answered " + response.status());
        }
        check(page, path, problems);
        Browser.viewScreenshot(page, name);
    }

    private static void check(Page page, String what, List<String> problems) {
        int px = Browser.sidewaysOverflow(page);
        if (px > 0) {
            problems.add(what + " is " + px + " px wider than the viewport");
        }
    }
}
