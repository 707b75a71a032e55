package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import dev.prepstack.support.People.Person;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An interviewer's journey in headless Chromium: create an organisation, invite a colleague (who
 * accepts in a browser of their own), build a kit, score two candidates and compare them; axe-core
 * checks the builder, the scorecard and the comparison.
 */
@IntegrationTest
class HiringJourneyTest {

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
    void anInterviewerBuildsAKitScoresTwoCandidatesAndComparesThemWithAColleague() {
        Person owner = People.anInterviewer(port);
        Page page = browser.newPage();
        signIn(page, owner);

        page.navigate(url("/hiring"));
        page.getByLabel("New organisation").fill("Journey Engineering");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation"))
                .click();
        assertThat(page.locator("h1")).hasText("Journey Engineering");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invite link"))
                .click();
        String inviteLink = page.getByLabel("Invite link").inputValue();
        assertThat(inviteLink).contains("/hiring/invites/inv_");
        Browser.screenshot(page, "hiring-01-organisation-invite");

        Person colleague = People.aCandidate(port);
        Page other = browser.newPageAsSomeoneElse();
        signIn(other, colleague);
        other.navigate(inviteLink);
        assertThat(other.locator("h1")).containsText("Journey Engineering");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the invite"))
                .click();
        assertThat(other.getByRole(AriaRole.STATUS)).containsText("Welcome to Journey Engineering");
        assertThat(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hiring")))
                .isVisible();
        Browser.screenshot(other, "hiring-02-colleague-joined");

        page.navigate(url("/hiring/kits/new"));
        page.getByLabel("Title").fill("Backend engineer, mid-level");
        page.getByLabel("Search the bank and your custom questions").fill("cap theorem");
        var capResult = page.locator("#picker-results input[value='bank:cap-theorem']");
        assertThat(capResult).isVisible();
        capResult.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add selected"))
                .click();
        page.getByLabel("Search the bank and your custom questions").fill("database index");
        var indexResult = page.locator("#picker-results input[value='bank:database-indexing']");
        assertThat(indexResult).isVisible();
        indexResult.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add selected"))
                .click();
        assertThat(page.locator(".kit-items li")).hasCount(2);
        Browser.screenshot(page, "hiring-03-kit-builder");
        accessible(page, "kit builder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save kit"))
                .click();
        assertThat(page.locator("h1")).hasText("Backend engineer, mid-level");
        assertThat(page.locator("ol.steps > li")).hasCount(2);
        String kitUrl = page.url();

        score(page, "Ada Lovelace", "STRONG_YES", 0);
        page.navigate(kitUrl);
        score(page, "Grace Hopper", "NO", 1);

        page.navigate(kitUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare candidates"))
                .click();
        var table = page.locator("table.comparison");
        assertThat(table.locator("thead")).containsText("Ada Lovelace");
        assertThat(table.locator("thead")).containsText("Grace Hopper");
        assertThat(table.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("API design")))
                .containsText("4.0");
        assertThat(table.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("API design")))
                .containsText("2.0");
        Browser.screenshot(page, "hiring-05-comparison");
        accessible(page, "comparison");
        // Each average is also drawn on the 1-4 scale; the number beside it is the text for everyone.
        assertThat(table.locator(".scale").first()).hasAttribute("aria-hidden", "true");
        assertThat(table.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("API design")))
                .containsText("4.0 of 4");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        accessible(page, "comparison, dark");
        // On a phone the comparison stacks: one card per candidate instead of the wide table.
        page.setViewportSize(390, 844);
        assertThat(table).isHidden();
        var cards = page.locator(".comparison-card");
        assertThat(cards).hasCount(2);
        assertThat(cards.first().locator("h2")).isVisible();
        assertThat(page.locator(".comparison-cards")).containsText("Ada Lovelace");
        assertThat(page.locator(".comparison-cards")).containsText("Grace Hopper");
        org.assertj.core.api.Assertions.assertThat(Browser.sidewaysOverflow(page))
                .isZero();
        Browser.screenshot(page, "hiring-05-comparison-phone");
        accessible(page, "comparison on a phone, dark");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.setViewportSize(1280, 800);

        other.navigate(kitUrl.replaceAll("\\?.*$", "") + "/comparison");
        assertThat(other.locator("table.comparison")).containsText("hidden until you submit yours");
        Browser.screenshot(other, "hiring-06-colleague-sees-no-anchors");
    }

    @Test
    void theOwnerWritesAnchorsInTheBuilderAndTheInterviewerSeesThemBesideEachRating() {
        var hiring = new dev.prepstack.hiring.Hiring(port);
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        // A context of its own: the shared one may hold another test's session.
        Page page = browser.newPageAsSomeoneElse();
        signIn(page, owner);

        page.navigate(url("/hiring/kits/" + kit + "/edit"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Propose anchors from the key points and common mistakes"))
                .click();
        assertThat(page.getByLabel("Anchors", new Page.GetByLabelOptions().setExact(false))
                        .inputValue())
                .contains("API design\n1: API design: covers few");
        page.getByLabel("Anchors", new Page.GetByLabelOptions().setExact(false))
                .fill("API design\n1: Guesses at endpoints\n2: Names resources\n3: Designs resources and errors\n"
                        + "4: Designs, versions and explains trade-offs\n");
        page.getByLabel("Weights", new Page.GetByLabelOptions().setExact(false)).fill("API design: 2");
        Browser.screenshot(page, "hiring-07-anchors-in-builder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save kit"))
                .click();
        page.waitForURL(u -> u.endsWith("/hiring/kits/" + kit));

        page.getByLabel("or a new candidate's name").fill("Anchored Candidate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open scorecard"))
                .click();
        // Communication was left without anchors: it carries the ones proposed from the key points.
        assertThat(page.locator("dl.anchors")).hasCount(2);
        assertThat(page.locator("dl.anchors").first()).containsText("Designs, versions and explains trade-offs");
        assertThat(page.locator("dl.anchors").first()).containsText("4 · Strong yes");
        assertThat(page.locator("dl.anchors").nth(1)).containsText("Communication: covers few");
        Browser.screenshot(page, "hiring-08-anchors-on-scorecard");
        accessible(page, "anchored scorecard");
    }

    @Test
    void anOwnerCreatesADrillTwoInterviewersRateItBlindAndThenSeeTheSpread() {
        var hiring = new dev.prepstack.hiring.Hiring(port);
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        hiring.kit(owner);
        Page page = browser.newPageAsSomeoneElse();
        signIn(page, owner);

        page.navigate(url("/hiring/drills"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a drill"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose this kit"))
                .click();
        page.getByLabel("Title").fill("Journey drill");
        page.getByLabel("Answer 1", new Page.GetByLabelOptions().setExact(true))
                .fill("Resources as nouns, verbs for actions, 404 for a missing order.");
        page.getByLabel("Answer 2", new Page.GetByLabelOptions().setExact(true)).fill("Everything is a POST to /api.");
        page.getByLabel("Answer 3", new Page.GetByLabelOptions().setExact(true))
                .fill("Resources and status codes, no word on errors.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the drill"))
                .click();
        assertThat(page.locator("h1")).hasText("Journey drill");
        String drillUrl = page.url();
        rateDrill(page, new int[] {4, 1, 3}, "Owner");

        Page other = browser.newPageAsSomeoneElse();
        signIn(other, member);
        other.navigate(drillUrl);
        assertThat(other.locator("body")).not().containsText("Owner's reason");
        assertThat(other.locator("table.spread")).hasCount(0);
        Browser.screenshot(other, "hiring-09-drill-rating-blind");
        accessible(other, "drill rating form");
        rateDrill(other, new int[] {3, 1, 2}, "Member");

        var first = other.locator("table.spread").first();
        assertThat(first).containsText("0 / 0 / 1 / 1");
        assertThat(first).containsText("3.50");
        assertThat(other.locator("body")).containsText("Owner's reason for answer 1");
        Browser.screenshot(other, "hiring-10-drill-spread");
        accessible(other, "drill results");
    }

    /** Rates every answer of the drill on every attribute ({@code ratings[answer-1]}) and submits. */
    private void rateDrill(Page page, int[] ratings, String who) {
        int attributes = page.locator("#answer-1 ~ fieldset.rating-row").count();
        for (int a = 1; a <= ratings.length; a++) {
            for (int i = 0; i < attributes; i++) {
                page.locator("input[name='rating." + a + "." + i + "'][value='" + ratings[a - 1] + "']")
                        .check();
                page.locator("textarea[name='reason." + a + "." + i + "']").fill(who + "'s reason for answer " + a);
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my ratings"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ratings submitted");
    }

    /** Opens a scorecard for a new candidate from the kit page, fills it in and submits it. */
    private void score(Page page, String candidate, String verdict, int screenshot) {
        page.getByLabel("or a new candidate's name").fill(candidate);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open scorecard"))
                .click();
        assertThat(page.locator("h1")).containsText(candidate);
        page.locator("input[name='covered.1']").first().check();
        page.locator("textarea[name='notes.1']").fill("Explained the trade-off with an example.");
        int attributes = page.locator("fieldset.rating-row legend").count() - 1;
        if (screenshot == 0) {
            // Submitting with nothing rated: every gap at once beside its rating, and what was typed kept.
            page.onceDialog(d -> d.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit scorecard"))
                    .click();
            assertThat(page.locator(".error-summary")).containsText("problems with this form");
            assertThat(page.locator(".field-error")).hasCount(2 * attributes + 1);
            assertThat(page.locator("textarea[name='notes.1']")).hasValue("Explained the trade-off with an example.");
            Browser.screenshot(page, "hiring-04-scorecard-errors");
            accessible(page, "scorecard with errors");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            accessible(page, "scorecard with errors, dark");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        }
        for (int a = 0; a < attributes; a++) {
            page.locator("input[name='rating." + a + "'][value='" + verdict + "']")
                    .check();
            page.locator("textarea[name='reason." + a + "']").fill("Seen in the answers to both questions.");
        }
        page.locator("input[name='recommendation'][value='" + verdict + "']").check();
        if (screenshot == 0) {
            Browser.screenshot(page, "hiring-04-scorecard");
            accessible(page, "scorecard");
        }
        // Submitting cannot be undone, so the page asks first (js/app.js, data-confirm).
        List<String> asked = new java.util.ArrayList<>();
        page.onceDialog(d -> {
            asked.add(d.message());
            d.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit scorecard"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted");
        org.assertj.core.api.Assertions.assertThat(asked)
                .singleElement()
                .asString()
                .contains("Submit this scorecard?");
        assertThat(page.locator("body")).containsText("Amendments");
    }

    private static void accessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertThat(results.getViolations())
                .as(what + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getHtml())
                                                .limit(2)
                                                .toList())
                                .toList())
                .isEmpty();
    }

    private void signIn(Page page, Person person) {
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(person.email());
        page.getByLabel("Password").fill(person.password());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
