package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The "My questions" pages: the form and its preview, practice, the import's two steps. */
@IntegrationTest
class OwnQuestionPagesTest {

    @LocalServerPort
    int port;

    static Http signedIn(int port, People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }

    @Test
    void theFormSavesAQuestionAndSaysWhatIsWrongWithABadOne() {
        var browser = signedIn(port, People.aCandidate(port));
        var form = browser.getPage("/my-questions/new");
        assertThat(form.status()).isEqualTo(200);

        var bad = browser.postForm(
                "/my-questions",
                Http.form(
                        "title",
                        "Why is the sky blue?",
                        "answer",
                        "Rayleigh scattering.",
                        "keyPoints",
                        "",
                        "_csrf",
                        form.csrf()));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Key points must list 1 to 8 key points.")
                .contains("Why is the sky blue?");

        var saved = browser.postForm(
                "/my-questions",
                Http.form(
                        "title", "Why is the sky blue?",
                        "answer", "Because of **Rayleigh scattering**.",
                        "keyPoints", "Rayleigh scattering\nShort wavelengths scatter more",
                        "tags", "physics, fun",
                        "level", "fresher",
                        "_csrf", form.csrf()));
        assertThat(saved.status()).isEqualTo(302);
        String location = saved.header("Location");
        var page = browser.getPage(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body())
                .contains("<strong>Rayleigh scattering</strong>")
                .contains("Short wavelengths scatter more");
        assertThat(browser.getPage("/my-questions").body()).contains("Why is the sky blue?");
    }

    @Test
    void theLivePreviewIsSanitisedLikeTheBank() {
        var browser = signedIn(port, People.aCandidate(port));
        var form = browser.getPage("/my-questions/new");
        var preview = browser.postHtmx(
                "/my-questions/preview",
                Http.form(
                        "answer",
                        "# Title\n\n*fine* <script>alert(1)</script> [x](javascript:alert(1))",
                        "_csrf",
                        form.csrf()));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<em>fine</em>").contains("<h2>Title</h2>");
        assertThat(preview.body()).doesNotContain("<script>").doesNotContain("javascript:");
    }

    @Test
    void practiceOnThePageChecksTheAnswerAndSchedulesTheQuestion() {
        var person = People.aCandidate(port);
        long id = person.api(port)
                .post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION)
                .json()
                .get("id")
                .asLong();
        var browser = signedIn(port, person);
        var practice = browser.getPage("/my-questions/practice");
        assertThat(practice.body()).contains("shard the orders table").contains("the bank");

        var revealed = browser.postForm(
                "/my-questions/" + id + "/reveal",
                Http.form(
                        "answer",
                        "We used the customer id as the shard key.",
                        "check",
                        "true",
                        "_csrf",
                        practice.csrf()));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains("Feedback").contains("Shard key is the customer id");
        assertThat(revealed.body()).doesNotContain("<script>alert(1)</script>");

        var rated = browser.postForm(
                "/my-questions/" + id + "/review", Http.form("rating", "easy", "_csrf", practice.csrf()));
        assertThat(rated.status()).isEqualTo(302);
        assertThat(browser.getPage("/my-questions/practice").body()).contains("Nothing due");
        assertThat(browser.getPage("/progress").body()).contains("hx-get=\"/my-questions/progress\"");
        assertThat(browser.getPage("/my-questions/progress").body())
                .contains("Questions: 1 · due now: 0 · not practised yet: 0 · mastered: 0 · reviews: 1");
    }

    @Test
    void anImportIsPreviewedThenWrittenOnlyWhenConfirmed() {
        var person = People.aCandidate(port);
        var browser = signedIn(port, person);
        var form = browser.getPage("/my-questions/import");
        String csv = "title,answer,key_points,tags\r\n"
                + "What is a B-tree?,A balanced tree of wide nodes.,Balanced | Wide nodes,databases\r\n";

        var preview = Uploads.withSession(
                port,
                browser.cookies(),
                form.csrf(),
                "/my-questions/import",
                "list.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("1 to create, 0 skipped").contains("What is a B-tree?");
        assertThat(person.api(port)
                        .get("/api/v1/me/questions")
                        .json()
                        .get("total")
                        .asInt())
                .as("nothing is written by the preview")
                .isZero();

        String confirm = preview.body().replaceAll("(?s).*action=\"(/my-questions/import/\\d+/confirm)\".*", "$1");
        var done = browser.postForm(confirm, Http.form("_csrf", form.csrf()));
        assertThat(done.status()).isEqualTo(302);
        assertThat(browser.getPage("/my-questions").body()).contains("Imported 1 question from list.csv.");
        assertThat(browser.postForm(confirm, Http.form("_csrf", form.csrf())).status())
                .as("a confirmation is used once")
                .isEqualTo(404);
        assertThat(person.api(port)
                        .get("/api/v1/me/questions")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        var broken = Uploads.withSession(
                port,
                browser.cookies(),
                form.csrf(),
                "/my-questions/import",
                "broken.csv",
                "title,answer\r\n\"Open quote,never closed\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body()).contains("Nothing was imported from broken.csv");
    }
}
