package dev.prepstack.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.embedding.AnswerEmbeddings;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class FeedbackApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AnswerEmbeddings answerModel;

    @Test
    void evaluatesAnAnswerToABankQuestionWithoutAnAccount() {
        // The model loads in the background after start-up; this is about the evaluator with it.
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        var response = new Http(port).post("/api/v1/feedback", """
                {"questionSlug":"cap-theorem","answer":"During a network partition a distributed store must choose between consistency and availability. \
                Without a partition it can offer both, and PACELC adds the latency trade-off in normal operation."}""");

        assertThat(response.status()).isEqualTo(200);
        JsonNode f = response.json();
        assertThat(f.get("score").asInt()).isBetween(1, 100);
        assertThat(f.get("engine").asString()).isEqualTo("embedded");
        assertThat(f.get("semantic").asBoolean()).isTrue();
        assertThat(f.get("keyPoints").size()).isPositive();
        assertThat(f.get("keyPoints").get(0).propertyNames())
                .contains("text", "covered", "verdict", "evidence", "similarity", "confidence");
        assertThat(f.get("evaluatorVersion").asString()).isEqualTo(AnswerEvaluator.VERSION);
        assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(f.get("band").asString()).isNotBlank();
        assertThat(f.get("star").isNull()).isTrue();
    }

    @Test
    void evaluatesAgainstAnOwnRubric() {
        var response = new Http(port).post("/api/v1/feedback", """
                {"question":"Why use a connection pool?","keyPoints":["Opening a database connection is slow","A pool reuses open connections"],
                 "answer":"Creating a new database connection takes many milliseconds, so a pool keeps connections open and reuses them."}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("keyPoints").size()).isEqualTo(2);
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        var http = new Http(port);
        var tooLong = http.post(
                "/api/v1/feedback",
                "{\"questionSlug\":\"cap-theorem\",\"answer\":\"%s\"}".formatted("x".repeat(20_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("parameter").asString()).isEqualTo("answer");
        assertThat(http.post("/api/v1/feedback", "{\"question\":\"Q?\",\"keyPoints\":[],\"answer\":\"a\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("keyPoints");
        assertThat(http.post("/api/v1/feedback", "{\"questionSlug\":\"nope\",\"answer\":\"a\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/feedback", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"x\",\"save\":true}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("save");
    }

    @Test
    void emptyAnswersScoreZeroAndSavedFeedbackJoinsTheExport() {
        var empty = new Http(port).post("/api/v1/feedback", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"   \"}");
        assertThat(empty.json().get("score").asInt()).isZero();

        var person = People.aCandidate(port);
        var saved = person.api(port)
                .post(
                        "/api/v1/feedback",
                        "{\"questionSlug\":\"cap-theorem\",\"answer\":\"Consistency or availability when the network splits.\",\"save\":true}");
        assertThat(saved.status()).isEqualTo(200);
        var export = person.api(port).get("/api/v1/me/export").json();
        assertThat(export.get("feedback").size()).isEqualTo(1);
        assertThat(export.get("feedback").get(0).get("question").asString()).isEqualTo("cap-theorem");
    }

    @Test
    void checkPagesWorkAsPlainForms() {
        var browser = Http.browser(port);
        var form = browser.getPage("/questions/cap-theorem/check");
        assertThat(form.status()).isEqualTo(200);
        var result = browser.postForm(
                "/questions/cap-theorem/check",
                Http.form(
                        "answer",
                        "A partition forces a choice between consistency and availability <script>alert(1)</script>",
                        "_csrf",
                        form.csrf()));
        assertThat(result.body())
                .contains("Feedback")
                .contains("Key points")
                .contains("Estimated grade")
                .contains("How accurate is the feedback?")
                .contains("Common mistakes: does your answer make one?")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(form.body()).as("before an answer").doesNotContain("Common mistakes");

        var rubric = browser.getPage("/feedback");
        var own = browser.postForm(
                "/feedback",
                Http.form(
                        "question",
                        "What is a cache?",
                        "keyPoints",
                        "Keeps hot data in memory\nTrades freshness for speed",
                        "answer",
                        "A cache keeps frequently read data in memory, trading some freshness for speed.",
                        "_csrf",
                        rubric.csrf()));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Estimated grade");
    }

    @Test
    void theAccuracyPageShowsTheMeasuredFiguresAndTheEvaluatorVersion() {
        var page = Http.browser(port).getPage("/feedback/accuracy");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("How accurate is the feedback?")
                .contains("version <span>" + AnswerEvaluator.VERSION + "</span>")
                .contains("SAF unseen questions")
                .contains("What it cannot do");
    }
}
