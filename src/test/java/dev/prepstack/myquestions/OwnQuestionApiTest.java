package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API of own questions: writing, limits, practice with FSRS, feedback on own key points, export. */
@IntegrationTest
class OwnQuestionApiTest {

    static final String QUESTION = """
            {"title":"How did you shard the orders table at your last job?",
             "answer":"We sharded by **customer id** so one customer's orders stay together.\\n\\n<script>alert(1)</script>",
             "keyPoints":["Shard key is the customer id","Orders of one customer stay on one shard","Resharding used consistent hashing"],
             "followUps":["What about hot customers?"],
             "tags":["Databases","sharding"],
             "level":"experienced"}""";

    @LocalServerPort
    int port;

    @Test
    void aPersonWritesReadsChangesAndDeletesTheirOwnQuestion() {
        var api = People.aCandidate(port).api(port);

        var created = api.post("/api/v1/me/questions", QUESTION);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("tags").toString()).isEqualTo("[\"databases\",\"sharding\"]");

        var list = api.get("/api/v1/me/questions?size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.body()).contains("shard the orders table");

        var changed = api.put(
                "/api/v1/me/questions/" + id,
                QUESTION.replace("last job", "previous job").replace("experienced", "intermediate"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/me/questions/" + id).json().get("level").asString())
                .isEqualTo("intermediate");

        assertThat(api.post("/api/v1/me/questions", QUESTION.replace("last job", "previous job"))
                        .status())
                .as("a second question with the same title")
                .isEqualTo(400);

        assertThat(api.delete("/api/v1/me/questions/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me/questions/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAsProblemDetails() {
        var api = People.aCandidate(port).api(port);

        assertParameter(
                api.post("/api/v1/me/questions", QUESTION.replaceFirst("\"keyPoints\":\\[[^]]*]", "\"keyPoints\":[]")),
                "keyPoints");
        assertParameter(
                api.post(
                        "/api/v1/me/questions",
                        QUESTION.replaceFirst(
                                "\"keyPoints\":\\[", "\"keyPoints\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",")),
                "keyPoints");
        assertParameter(
                api.post(
                        "/api/v1/me/questions",
                        QUESTION.replaceFirst("\"answer\":\"[^\"]*\"", "\"answer\":\"" + "x".repeat(20_001) + "\"")),
                "answer");
        assertParameter(api.post("/api/v1/me/questions", QUESTION.replace("\"experienced\"", "\"guru\"")), "level");
        assertParameter(
                api.post("/api/v1/me/questions", QUESTION.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"  \"")),
                "title");
        assertParameter(
                api.post(
                        "/api/v1/me/questions",
                        QUESTION.replace(
                                "\"title\":\"How did you shard the orders table at your last job?\"",
                                "\"title\":\"\\u200b\\u202e\"")),
                "title");
        assertParameter(api.get("/api/v1/me/questions?size=101"), "size");
        assertParameter(api.get("/api/v1/me/questions?page=-1"), "page");
        assertThat(api.get("/api/v1/me/questions/123456789").status()).isEqualTo(404);

        var withNul = api.post(
                "/api/v1/me/questions",
                QUESTION.replace("\"answer\":\"We sharded", "\"answer\":\"\\u0000A We sharded"));
        assertThat(withNul.status()).isEqualTo(201);
        assertThat(withNul.body())
                .doesNotContain("\\u0000")
                .doesNotContain("\\u200b")
                .contains("\"answer\":\"A ");
    }

    @Test
    void ownQuestionsArePractisedWithFsrsAndCheckedAgainstTheirOwnKeyPoints() {
        var api = People.aCandidate(port).api(port);
        long id = api.post("/api/v1/me/questions", QUESTION).json().get("id").asLong();

        var due = api.get("/api/v1/me/questions/due?limit=10");
        assertThat(due.json().get(0).get("id").asLong())
                .as("a new question is due at once")
                .isEqualTo(id);

        var review = api.post(
                "/api/v1/me/questions/" + id + "/reviews", "{\"rating\":\"easy\",\"answer\":\"By customer id.\"}");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.json().get("state").asString()).isEqualTo("REVIEW");
        assertThat(review.json().get("stability").asDouble()).isGreaterThan(1);
        assertThat(api.get("/api/v1/me/questions/due?limit=10").json().size())
                .as("scheduled days ahead, so nothing is due now")
                .isZero();
        assertParameter(api.post("/api/v1/me/questions/" + id + "/reviews", "{\"rating\":\"brilliant\"}"), "rating");

        var feedback = api.post(
                "/api/v1/me/questions/" + id + "/feedback",
                "{\"answer\":\"The shard key is the customer id, so all orders of one customer stay on one shard.\"}");
        assertThat(feedback.status()).as(feedback.body()).isEqualTo(200);
        assertThat(feedback.body())
                .contains("Shard key is the customer id")
                .contains("Resharding used consistent hashing");
        assertParameter(
                api.post("/api/v1/me/questions/" + id + "/feedback", "{\"answer\":\"" + "x".repeat(20_001) + "\"}"),
                "answer");
    }

    @Test
    void anotherPersonsQuestionIsNotFoundInTheApiPagesPracticeAndFeedback() {
        var alice = People.aCandidate(port);
        long id = alice.api(port)
                .post("/api/v1/me/questions", QUESTION)
                .json()
                .get("id")
                .asLong();
        var bob = People.aCandidate(port);
        var api = bob.api(port);

        assertThat(api.get("/api/v1/me/questions/" + id).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/me/questions/" + id, QUESTION.replace("last job", "Bob was here"))
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/me/questions/" + id).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/me/questions/" + id + "/reviews", "{\"rating\":\"good\"}")
                        .status())
                .isEqualTo(404);
        var feedback = api.post("/api/v1/me/questions/" + id + "/feedback", "{\"answer\":\"Customer id.\"}");
        assertThat(feedback.status()).isEqualTo(404);
        assertThat(feedback.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/me/questions").body()).doesNotContain("shard the orders");
        assertThat(api.get("/api/v1/me/questions/due").body()).doesNotContain("shard the orders");
        assertThat(api.get("/api/v1/me/questions/export?format=csv").body()).doesNotContain("shard the orders");
        assertThat(api.get("/api/v1/me/export").body()).doesNotContain("shard the orders");
        assertThat(api.get("/api/v1/me/practice-queue?from=both").body()).doesNotContain("shard the orders");
        // Mock interviews take bank questions only: an own question's id is no question there, and
        // the refusal says nothing of it.
        var interview = api.post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"" + id + "\"]}");
        assertThat(interview.status()).isEqualTo(400);
        assertThat(interview.body()).doesNotContain("shard the orders");

        var browser = OwnQuestionPagesTest.signedIn(port, bob);
        var list = browser.getPage("/my-questions");
        assertThat(list.body()).doesNotContain("shard the orders");
        assertThat(browser.getPage("/my-questions/" + id).status()).isEqualTo(404);
        assertThat(browser.getPage("/my-questions/" + id + "/edit").status()).isEqualTo(404);
        assertThat(browser.getPage("/my-questions/practice").body()).doesNotContain("shard the orders");
        String csrf = list.csrf();
        assertThat(browser.postForm(
                                "/my-questions/" + id,
                                Http.form("title", "Bob was here", "answer", "x", "keyPoints", "x", "_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(browser.postForm(
                                "/my-questions/" + id + "/reveal",
                                Http.form("answer", "x", "check", "true", "_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(browser.postForm("/my-questions/" + id + "/review", Http.form("rating", "good", "_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(browser.postForm("/my-questions/" + id + "/delete", Http.form("_csrf", csrf))
                        .status())
                .isEqualTo(404);

        var still = alice.api(port).get("/api/v1/me/questions/" + id);
        assertThat(still.status()).isEqualTo(200);
        assertThat(still.body()).contains("last job").doesNotContain("Bob");
        assertThat(alice.api(port).get("/api/v1/me/questions/due").body())
                .as("bob's attempts made no card for alice's question")
                .contains("shard the orders");
    }

    @Test
    void ownQuestionsAreInTheAccountExportAndGoWithTheAccount() {
        var person = People.aCandidate(port);
        var api = person.api(port);
        long id = api.post("/api/v1/me/questions", QUESTION).json().get("id").asLong();
        api.post(
                "/api/v1/me/questions/" + id + "/reviews",
                "{\"rating\":\"good\",\"answer\":\"Customer id as the key.\"}");

        var export = api.get("/api/v1/me/export");
        assertThat(export.status()).isEqualTo(200);
        var own = export.json().get("ownQuestions");
        assertThat(own.get("questions").get(0).get("title").asString()).contains("shard the orders");
        assertThat(own.get("reviews").get(0).get("answer").asString()).isEqualTo("Customer id as the key.");
        assertThat(own.get("cards").size()).isEqualTo(1);

        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
    }

    @Test
    void exportsReadBackAsAnImportThatCreatesNothingNew() {
        var person = People.aCandidate(port);
        var api = person.api(port);
        api.post("/api/v1/me/questions", QUESTION);

        var csv = api.get("/api/v1/me/questions/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("my-questions.csv");
        assertThat(csv.body()).startsWith("\uFEFFtitle,answer,key_points,follow_ups,tags,level");
        var again = Uploads.withToken(
                port,
                person.token(),
                "/api/v1/me/questions/import-preview",
                "my-questions.csv",
                csv.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"create\":[]").contains("you already have a question with this title");

        var markdown = api.send("GET", "/api/v1/me/questions/export?format=markdown", null, null, "*/*");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.contentType()).startsWith("application/zip");
        assertParameter(api.get("/api/v1/me/questions/export?format=pdf"), "format");
    }

    static void assertParameter(Http.Response response, String parameter) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
    }
}
