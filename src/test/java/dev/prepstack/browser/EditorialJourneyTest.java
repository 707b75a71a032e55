package dev.prepstack.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.prepstack.support.Browser;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A reader suggests a change in the browser, an editor reviews the diff and accepts it, the history
 * shows the revision, and the reader (who had reviewed the card before) sees what changed.
 */
@IntegrationTest
@TestPropertySource(properties = "prepstack.editorial.suggestions-per-day=7")
class EditorialJourneyTest {

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aReaderSuggestsAnEditorAcceptsAndTheRevisionShowsInTheHistory() {
        String slug = "rest-and-json";
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        assertThat(reader.api(port)
                        .post("/api/v1/practice/reviews", "{\"questionSlug\":\"" + slug + "\",\"rating\":\"good\"}")
                        .status())
                .isEqualTo(200);

        Page page = browser.newPage();
        Browser.signIn(page, port, reader);
        page.navigate(url("/questions/" + slug));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suggest a change"))
                .click();
        assertThat(page.locator("h1")).hasText("Suggest a change");
        page.locator("#kind").selectOption("unclear");
        String points = page.locator("#keyPoints").inputValue();
        page.locator("#keyPoints").fill(points + "\nA reader's extra key point that names the media type.");
        page.locator("#answerMarkdown").fill(page.locator("#answerMarkdown").inputValue() + "\n\n**Preview me**");
        assertThat(page.locator("#preview strong").last()).hasText("Preview me");
        page.locator("#creditName").fill("Journey Reader");
        Browser.screenshot(page, "editorial-01-suggest");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send suggestion"))
                .click();
        assertThat(page.locator("h1")).hasText("My suggestions");
        assertThat(page.locator("table.suggestions")).containsText("pending");

        Page desk = browser.newPageAsSomeoneElse();
        Browser.signIn(desk, port, editor);
        desk.navigate(url("/editorial"));
        desk.locator("table.queue a").first().click();
        assertThat(desk.locator("h1")).hasText("Review a suggestion");
        assertThat(desk.locator(".diff-table ins").first()).isVisible();
        Browser.screenshot(desk, "editorial-02-review");
        desk.locator("#changeSummary").fill("A key point on media types");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and publish"))
                .click();
        assertThat(desk.locator(".notice.success")).containsText("Accepted and published");

        page.navigate(url("/questions/" + slug));
        assertThat(page.locator(".key-points").first()).containsText("names the media type");
        page.locator("#history-title").scrollIntoViewIfNeeded();
        assertThat(page.locator(".question-history #revision-1 .credit")).hasText("Journey Reader");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History"))
                .click();
        assertThat(page.locator("#revision-1")).containsText("A key point on media types");
        assertThat(page.locator("#revision-1 .credit")).hasText("Journey Reader");
        Browser.screenshot(page, "editorial-03-history");

        page.navigate(url("/suggestions"));
        assertThat(page.locator("table.suggestions")).containsText("accepted");
        page.navigate(url("/questions/" + slug + "/changes"));
        assertThat(page.locator(".notice.changed")).containsText("Changed since your last review");
        assertThat(page.locator(".notice.changed ins").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review it as new"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("This card is new again");
    }

    @Test
    void aReaderSuggestsANewQuestionAndAnEditorCompletesAndPublishesIt() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        Page page = browser.newPage();
        Browser.signIn(page, port, reader);
        page.navigate(url("/suggestions/new?topic=caching"));
        assertThat(page.locator("h1")).hasText("Suggest a new question");
        page.locator("#title").fill("How does a journeyed cache warm itself after a deploy?");
        page.locator("#summary")
                .fill("A journeyed cache warms itself by replaying the hottest keys before it takes traffic.");
        page.locator("#keyPoints")
                .fill("Replaying hot keys fills the journeyed cache before traffic\n"
                        + "Warming limits the miss storm right after a deploy\n"
                        + "A warm-up budget keeps the journeyed cache from overloading the store");
        var answer = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            answer.append("The journeyed cache replays hot key number ")
                    .append(i)
                    .append(" before traffic. ");
        }
        page.locator("#answerMarkdown").fill(answer.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send suggestion"))
                .click();
        assertThat(page.locator("h1")).hasText("My suggestions");

        Page desk = browser.newPageAsSomeoneElse();
        Browser.signIn(desk, port, editor);
        desk.navigate(url("/editorial?kind=new-question&topic=caching"));
        desk.locator("table.queue a", new Page.LocatorOptions().setHasText("journeyed cache"))
                .first()
                .click();
        assertThat(desk.locator("h1")).hasText("Review a suggestion");
        desk.locator("#followUps")
                .fill("How long may the warm-up take before the node joins the pool? | The warm-up may take as long"
                        + " as the deploy budget allows. A node still cold joins the pool at a low weight."
                        + " | The deploy budget bounds the warm-up time | A node still cold joins the pool at a low"
                        + " weight");
        desk.locator("#tags").fill("caching, deployment");
        desk.locator("#sources")
                .fill("Redis documentation: Key eviction | https://redis.io/docs/latest/develop/reference/eviction/");
        desk.locator("#changeSummary").fill("New question on cache warming");
        Browser.screenshot(desk, "editorial-04-new-question");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and publish"))
                .click();
        assertThat(desk.locator(".notice.success")).containsText("Accepted and published");

        page.navigate(url("/questions/how-does-a-journeyed-cache-warm-itself-after-a-deploy"));
        assertThat(page.locator("h1")).containsText("journeyed cache");
        page.navigate(url("/questions/how-does-a-journeyed-cache-warm-itself-after-a-deploy/history"));
        assertThat(page.locator("#revision-1")).containsText("New question on cache warming");
    }
}
