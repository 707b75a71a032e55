package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Answer history, bookmarks, notes, the revision list, topic resets and the exports. */
@IntegrationTest
class NotebookTest {

    @LocalServerPort
    int port;

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }

    @Test
    void questionNotebookShowsEveryAnswerWithItsRatingAndKeepsNotesAndBookmarks() {
        var person = People.aCandidate(port);
        person.api(port)
                .post(
                        "/api/v1/practice/reviews",
                        "{\"questionSlug\":\"cap-theorem\",\"rating\":\"hard\",\"answer\":\"First try <script>x</script>\"}");
        person.api(port)
                .post(
                        "/api/v1/practice/reviews",
                        "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"answer\":\"Second, better try\"}");
        var browser = signedIn(person);

        var page = browser.getPage("/practice/questions/cap-theorem");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Second, better try")
                .contains("First try &lt;script&gt;")
                .contains(">hard<")
                .contains(">good<");
        assertThat(page.body().indexOf("Second, better try"))
                .isLessThan(page.body().indexOf("First try"));

        browser.postForm(
                "/practice/questions/cap-theorem/note",
                Http.form("text", "Remember **PACELC** <img src=x onerror=alert(1)>", "_csrf", page.csrf()));
        browser.postForm("/practice/questions/cap-theorem/bookmark", Http.form("on", "true", "_csrf", page.csrf()));
        page = browser.getPage("/practice/questions/cap-theorem");
        assertThat(page.body())
                .contains("<strong>PACELC</strong>")
                .doesNotContain("<img src=x")
                .contains("Remove bookmark");

        var notebook = browser.getPage("/practice/notebook");
        assertThat(notebook.body())
                .contains("Needs revision")
                .contains("Bookmarks")
                .contains("/practice/questions/cap-theorem");

        var export = person.api(port).get("/api/v1/me/export").json().get("practice");
        assertThat(export.get("notes").get(0).get("text").asString()).contains("PACELC");
        assertThat(export.get("bookmarks").size()).isEqualTo(1);
    }

    @Test
    void needsRevisionListsQuestionsLastRatedAgainOrHard() {
        var person = People.aCandidate(port);
        person.api(port)
                .post("/api/v1/practice/reviews", "{\"questionSlug\":\"consistent-hashing\",\"rating\":\"again\"}");
        person.api(port).post("/api/v1/practice/reviews", "{\"questionSlug\":\"raft-consensus\",\"rating\":\"easy\"}");

        var notebook = signedIn(person).getPage("/practice/notebook").body();

        assertThat(notebook).contains("/practice/questions/consistent-hashing");
        assertThat(notebook.substring(notebook.indexOf("Needs revision"), notebook.indexOf("Bookmarks")))
                .doesNotContain("raft-consensus");
    }

    @Test
    void resettingATopicStartsItsQuestionsOverButKeepsTheHistory() {
        var person = People.aCandidate(port);
        person.api(port).post("/api/v1/practice/reviews", "{\"questionSlug\":\"cap-theorem\",\"rating\":\"easy\"}");
        var browser = signedIn(person);
        var notebook = browser.getPage("/practice/notebook");

        browser.postForm("/practice/reset", Http.form("topic", "distributed-systems", "_csrf", notebook.csrf()));

        assertThat(browser.getPage("/practice/notebook").body()).contains("Progress reset for 1 question.");
        assertThat(person.api(port)
                        .get("/api/v1/me/export")
                        .json()
                        .get("practice")
                        .get("cards")
                        .size())
                .isZero();
        assertThat(person.api(port)
                        .get("/api/v1/progress")
                        .json()
                        .get("totalReviews")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void progressExportsAsCsvAndTheBankAsAnAnkiTextFile() {
        var person = People.aCandidate(port);
        person.api(port).post("/api/v1/practice/reviews", "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\"}");
        var csv = signedIn(person).getPage("/practice/export/progress.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).startsWith("question,title,topic,level").contains("cap-theorem,");

        var anki = new Http(port).getPage("/anki-export?topic=caching");
        assertThat(anki.status()).isEqualTo(200);
        var lines = anki.body().lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("#separator:tab", "#html:true", "#tags column:3");
        var notes = lines.subList(3, lines.size());
        assertThat(notes).hasSizeGreaterThanOrEqualTo(12).allSatisfy(line -> {
            assertThat(line.split("\t", -1)).hasSize(3);
            assertThat(line.split("\t")[2]).startsWith("prepstack caching ");
        });
        assertThat(new Http(port).getPage("/anki-export?topic=astrology").status())
                .isEqualTo(404);
    }
}
