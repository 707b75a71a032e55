package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product as people meet it (issue 21): the ways in for a guest, the header on a phone, the
 * practice loop by keyboard only, htmx errors people can see, and the signed-in home.
 */
@IntegrationTest
class ProductJourneyTest {

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
    void aGuestFindsPractiseMockInterviewAndCheckAnAnswerFromTheHeroAndTheHeader() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        var hero = page.locator(".hero");
        assertThat(hero.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Mock interview")))
                .isVisible();
        assertThat(hero.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Check an answer")))
                .isVisible();
        hero.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Practise now"))
                .click();
        assertThat(page).hasURL(url("/practice"));
        assertThat(page.locator("h1")).hasText("Practise");

        var nav = page.getByRole(
                AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main").setExact(true));
        nav.locator("summary", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Practise"))
                .click();
        assertThat(nav.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Mock interview")))
                .isVisible();
        Browser.screenshot(page, "product-01-header-practise-menu");
        nav.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Check an answer"))
                .click();
        assertThat(page).hasURL(url("/feedback"));

        // Topic pages offer to practise their questions, and the chooser arrives with the topic ticked.
        page.navigate(url("/topics/caching"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practise these questions"))
                .click();
        assertThat(page.locator("input[name=topics][value=caching]")).isChecked();
        assertThat(page.locator("input[name=topics][value=databases]")).not().isChecked();
    }

    @Test
    void slashFocusesTheSearchAndArrowKeysWalkTheSuggestions() {
        Page page = browser.newPage();
        page.navigate(url("/topics"));
        page.keyboard().press("/");
        assertThat(page.locator("#site-search")).isFocused();
        page.keyboard().type("cap theorem");
        var first = page.locator("#search-suggestions li a").first();
        assertThat(first).isVisible();
        page.keyboard().press("ArrowDown");
        assertThat(first).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#search-suggestions li a").nth(1)).isFocused();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        assertThat(page.locator("#site-search")).isFocused();
    }

    @Test
    void onAPhoneTheHeaderIsOneMenuButtonAndNoMainPageScrollsSideways() {
        Page page = browser.newPhonePage();
        page.navigate(url("/"));
        var menu = page.locator("details.nav-narrow > summary");
        assertThat(menu).isVisible();
        assertThat(page.locator("nav.nav-wide")).isHidden();
        double headerHeight = page.locator(".site-header").boundingBox().height;
        assertThat(headerHeight).as("header height on an 844 px screen").isLessThan(844 / 4.0);

        menu.click();
        var practise = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practise questions"));
        assertThat(practise).isVisible();
        Browser.screenshot(page, "product-02-phone-menu");
        practise.click();
        assertThat(page).hasURL(url("/practice"));

        List<String> overflowing = new ArrayList<>();
        for (String path : List.of(
                "/",
                "/topics",
                "/topics/databases",
                "/questions/cap-theorem",
                "/questions/design-a-chat-system",
                "/behavioral",
                "/learning-path",
                "/roles",
                "/practice",
                "/feedback",
                "/search?q=cache",
                "/login",
                "/signup")) {
            page.navigate(url(path));
            int px = Browser.sidewaysOverflow(page);
            if (px > 0) {
                overflowing.add(path + " by " + px + " px");
            }
        }
        assertThat(overflowing).as("pages wider than a 390 px phone").isEmpty();
    }

    @Test
    void aGuestPractisesByKeyboardOnlyWithTheRatingBarInViewAndTheNextIntervalOnEachButton() {
        Page page = browser.newPage();
        page.setViewportSize(1280, 800);
        page.navigate(url("/practice?topics=distributed-systems"));
        page.locator("#size").fill("2");
        page.locator("#size").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/practice/sessions/\\d+"));
        assertThat(page.locator("#session-count")).hasText("0 of 2 rated");

        // The answer box has the focus: type, then Ctrl+Enter reveals.
        assertThat(page.locator("#answer")).isFocused();
        page.keyboard().type("Split the work, cache the hot reads and measure before tuning.");
        page.keyboard().press("Control+Enter");
        var bar = page.locator("form.rating-form");
        assertThat(bar)
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        var good = page.locator(".rating-buttons button[value=good]");
        assertThat(good).containsText(Pattern.compile("3 · Good.*(min|h|day|days)"));
        assertThat(page.locator(".rating-buttons button[value=again]")).containsText("min");
        // Sticky: the bar is inside the viewport although the model answer is long.
        var box = bar.boundingBox();
        assertThat(box.y + box.height).isLessThanOrEqualTo(800.5);
        page.mouse().wheel(0, 1500);
        box = bar.boundingBox();
        assertThat(box.y).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).isLessThanOrEqualTo(800.5);
        Browser.screenshot(page, "product-03-practice-revealed");

        page.keyboard().press("3");
        assertThat(page.locator("#session-count")).hasText("1 of 2 rated");
        assertThat(page.locator(".practice-card > .meta").first()).containsText("1 comes back in this session");

        // Outside the answer box, Space reveals.
        assertThat(page.locator("#answer")).isFocused();
        page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
        page.evaluate("() => document.activeElement.blur()");
        assertThat(page.locator("#answer")).not().isFocused();
        page.keyboard().press("Space");
        // Generous: on a busy machine the reveal (with the evaluator) can take a while.
        assertThat(page.locator("form.rating-form"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        page.keyboard().press("4");
        assertThat(page.locator("#session-count")).hasText("2 of 2 rated");
        // The first card (rated Good while new) is still in a learning step: the page says so, honestly.
        assertThat(page.locator("h1")).hasText("Almost done");
        assertThat(page.locator(".practice-card")).containsText("1 card is still in a learning step");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stop here")))
                .isVisible();
    }

    @Test
    void anHtmxRequestThatFailsOrLosesTheConnectionSaysSoAndShowsItIsWorking() {
        Page page = browser.newPage();
        page.navigate(url("/practice?topics=caching"));
        page.locator("#size").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/practice/sessions/\\d+"));

        // A slow answer: the card is aria-busy at once and "Working…" shows after 300 ms.
        AtomicReference<Route> held = new AtomicReference<>();
        page.route("**/reveal", held::set);
        page.locator("#answer").fill("An answer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the model answer"))
                .click();
        assertThat(page.locator("#practice-card")).hasAttribute("aria-busy", "true");
        assertThat(page.locator("#request-busy")).isVisible();
        assertThat(page.locator("#request-busy")).hasText("Working…");
        page.waitForCondition(() -> held.get() != null);
        held.get().fulfill(new Route.FulfillOptions().setStatus(500).setBody("boom"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("error 500");
        assertThat(page.locator("#request-busy")).isHidden();
        assertThat(page.locator("#practice-card")).not().hasAttribute("aria-busy", "true");
        assertThat(page.locator("#answer")).hasValue("An answer");
        Browser.screenshot(page, "product-04-htmx-error");

        page.unroute("**/reveal");
        page.route("**/reveal", Route::abort);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the model answer"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("connection to the server was lost");

        page.unroute("**/reveal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the model answer"))
                .click();
        assertThat(page.locator("form.rating-form")).isVisible();
        assertThat(page.locator("#request-error")).isHidden();
    }

    @Test
    void aNewAccountLandsOnItsHomeAndContinuesPractisingFromThere() {
        Page page = browser.newPhonePage();
        page.navigate(url("/signup"));
        page.getByLabel("Email").fill("home-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
        page.getByLabel("Display name").fill("Ada");
        page.getByLabel("Password").fill(People.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page).hasURL(url("/?welcome"));
        assertThat(page.locator("h1")).hasText("Welcome to Prepstack, Ada");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today")))
                .isVisible();
        assertThat(page.locator("body")).containsText("No finished mock interview yet");
        assertThat(page.locator("body")).containsText("Next:");
        assertThat(Browser.sidewaysOverflow(page)).isZero();
        Browser.screenshot(page, "product-05-home-phone");
        accessible(page, "home");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/practice/sessions/\\d+"));
        assertThat(page.locator("#session-count")).hasText("0 of 10 rated");
    }

    @Test
    void deletingACandidateAsksFirstEvenWithoutJavaScript() {
        var owner = People.anInterviewer(port);
        var hiring = new dev.prepstack.hiring.Hiring(port);
        hiring.organisation(owner, "Ask-first org");
        long candidate = hiring.candidate(owner, "Grace");
        Page page = browser.newPageWithoutJavaScript();
        Browser.signIn(page, port, owner);
        page.navigate(url("/hiring/candidates/" + candidate));

        var yes = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete them"));
        assertThat(yes).isHidden();
        page.locator("summary", new Page.LocatorOptions().setHasText("Delete the candidate and their data"))
                .click();
        assertThat(page.locator(".confirm-box")).containsText("This cannot be undone.");
        Browser.screenshot(page, "product-06-ask-first-without-javascript");
        yes.click();
        assertThat(page).not().hasURL(url("/hiring/candidates/" + candidate));
        assertThat(page.navigate(url("/hiring/candidates/" + candidate)).status())
                .isEqualTo(404);
    }

    @Test
    void formErrorsShowAllAtOnceBesideTheirFieldsAndPassAxeInLightAndDark() {
        Page page = browser.newPageAsSomeoneElse();
        page.navigate(url("/signup"));
        page.getByLabel("Email").fill("not-an-address");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("There are 3 problems with this form:");
        for (String field : List.of("email", "displayName", "password")) {
            assertThat(page.locator("#" + field)).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#" + field)).hasAttribute("aria-describedby", field + "-error");
            assertThat(page.locator("#" + field + "-error")).isVisible();
        }
        assertThat(page.getByLabel("Email")).hasValue("not-an-address");
        assertThat(page.getByLabel("Password")).hasValue("");
        // The summary's links lead to the fields.
        assertThat(page.locator(".error-summary a")).hasText(new String[] {
            "Enter an email address such as name@example.com.",
            "Enter a display name.",
            "Password must be 8 to 128 characters."
        });
        page.locator(".error-summary a").nth(1).click();
        assertThat(page).hasURL(Pattern.compile(".*#displayName$"));
        Browser.screenshot(page, "product-07-sign-up-errors");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            accessible(page, "sign-up errors " + scheme);
        }

        Page phone = browser.newPhonePage();
        Browser.signIn(phone, port, People.aCandidate(port));
        phone.navigate(url("/settings"));
        phone.getByLabel("Current password").fill("not my password");
        phone.getByLabel("New password", new Page.GetByLabelOptions().setExact(false))
                .fill("password");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(phone.locator("#currentPassword-error"))
                .hasText("Current password does not match the password of this account.");
        assertThat(phone.locator("#newPassword-error")).containsText("most common passwords");
        assertThat(Browser.sidewaysOverflow(phone)).isZero();
        Browser.screenshot(phone, "product-08-password-errors-phone");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            phone.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            accessible(phone, "settings with errors " + scheme);
        }
    }

    @Test
    void everyIrreversibleActionAsksFirstAndDoesNothingWhenTheAnswerIsNo() {
        var owner = People.anInterviewer(port);
        var hiring = new dev.prepstack.hiring.Hiring(port);
        hiring.organisation(owner, "Ask-first everywhere");
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Ada");
        long draft = hiring.scorecard(owner, kit, candidate);
        var started = owner.api(port).post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"cap-theorem\"]}");
        org.assertj.core.api.Assertions.assertThat(started.status())
                .as(started.body())
                .isEqualTo(201);
        long interview = started.json().get("id").asLong();
        Page page = browser.newPageAsSomeoneElse();
        Browser.signIn(page, port, owner);
        List<String> asked = new ArrayList<>();
        page.onDialog(d -> {
            asked.add(d.message());
            d.dismiss();
        });

        // A question in a dialog (js/app.js, data-confirm); "no" leaves everything as it was.
        page.navigate(url("/mock-interviews/" + interview));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the interview now"))
                .click();
        assertThat(page).hasURL(url("/mock-interviews/" + interview));
        page.navigate(url("/practice/notebook"));
        page.getByLabel("Topic", new Page.GetByLabelOptions().setExact(true)).selectOption("databases");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset progress"))
                .click();
        assertThat(page).hasURL(url("/practice/notebook"));
        page.navigate(url("/hiring/scorecards/" + draft));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit scorecard"))
                .click();
        assertThat(page).hasURL(url("/hiring/scorecards/" + draft));
        org.assertj.core.api.Assertions.assertThat(asked)
                .hasSize(3)
                .anySatisfy(m -> org.assertj.core.api.Assertions.assertThat(m).startsWith("End the interview now?"))
                .anySatisfy(m -> org.assertj.core.api.Assertions.assertThat(m).startsWith("Reset your progress"))
                .anySatisfy(m -> org.assertj.core.api.Assertions.assertThat(m).startsWith("Submit this scorecard?"));

        // A question that opens in the page (a <details>, so it asks without JavaScript too).
        record Ask(String path, String opener, String question, String yes) {}
        for (Ask ask : List.of(
                new Ask(
                        "/hiring/scorecards/" + draft,
                        "Discard this draft",
                        "What you wrote in it is lost.",
                        "Yes, discard it"),
                new Ask("/hiring/kits/" + kit, "Delete this kit", "It cannot be undone.", "Yes, delete the kit"),
                new Ask(
                        "/hiring/candidates/" + candidate,
                        "Delete the candidate and their data",
                        "This cannot be undone.",
                        "Yes, delete them"),
                new Ask(
                        "/hiring/organisations/" + hiring.currentOrganisation(owner),
                        "Leave this organisation",
                        "You lose access",
                        "Yes, leave"))) {
            page.navigate(url(ask.path()));
            var yes = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ask.yes()));
            assertThat(yes).isHidden();
            page.locator("summary", new Page.LocatorOptions().setHasText(ask.opener()))
                    .click();
            assertThat(page.locator("details[open] .confirm-box")).containsText(ask.question());
            assertThat(yes).isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(asked).hasSize(3);
    }

    @Test
    void theLandingPracticeAndChooserPagesPassAxeInLightAndDark() {
        Page page = browser.newPage();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            page.navigate(url("/"));
            page.locator("details.nav-group > summary").first().click();
            accessible(page, "landing " + scheme);
            page.navigate(url("/practice"));
            accessible(page, "practice " + scheme);
        }
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
