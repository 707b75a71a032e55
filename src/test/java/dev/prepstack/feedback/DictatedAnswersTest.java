package dev.prepstack.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.embedding.AnswerEmbeddings;
import dev.prepstack.hiring.Hiring;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dictation produces long answers without a single full stop. Every place that evaluates an answer
 * takes one of 5,000 and of 20,000 characters (the limit) and gives feedback, where the sentence
 * pattern once overflowed the stack: the API, the check page, the practice reveal, a mock interview's
 * finish and report, and a scorecard's suggestions.
 */
@IntegrationTest
class DictatedAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AnswerEmbeddings answerModel;

    @BeforeEach
    void modelLoaded() {
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
    }

    /** Spoken words about CAP without punctuation, exactly {@code length} characters long. */
    static String dictated(int length) {
        String words = "so during a network partition a replicated store has to choose between staying consistent"
                + " and staying available and in normal operation there is still a trade off between latency and"
                + " consistency which is what pacelc adds and you can pick it per operation with quorum settings ";
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(words);
        }
        out.setLength(length);
        // No trailing space, so the length is all words.
        out.setCharAt(length - 1, 'x');
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 20_000})
    void theApiEvaluatesIt(int length) {
        var response = new Http(port)
                .post(
                        "/api/v1/feedback",
                        "{\"questionSlug\":\"cap-theorem\",\"answer\":" + JSON.writeValueAsString(dictated(length))
                                + "}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("score").asInt()).isPositive();
        assertThat(response.json().get("keyPoints").size()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 20_000})
    void theCheckPageShowsFeedback(int length) {
        var browser = Http.browser(port);
        var form = browser.getPage("/questions/cap-theorem/check");

        var checked = browser.postForm(
                "/questions/cap-theorem/check", Http.form("answer", dictated(length), "_csrf", form.csrf()));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("feedback-result").contains("Key points");
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 20_000})
    void thePracticeRevealShowsFeedback(int length) {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        long session = person.api(port)
                .post("/api/v1/practice/sessions", "{\"size\":1,\"mode\":\"new\",\"topics\":[\"distributed-systems\"]}")
                .json()
                .get("id")
                .asLong();
        var page = browser.getPage("/practice/sessions/" + session);
        String slug = page.body().replaceAll("(?s).*name=\"slug\" value=\"([^\"]+)\".*", "$1");

        var revealed = browser.postForm(
                "/practice/sessions/" + session + "/reveal",
                Http.form("slug", slug, "answer", dictated(length), "startedAt", "0", "_csrf", page.csrf()));

        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains("What interviewers look for").contains("Key points");
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 20_000})
    void aMockInterviewFinishesWithAReport(int length) {
        var me = People.aCandidate(port).api(port);
        long id = me.post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"cap-theorem\"]}")
                .json()
                .get("id")
                .asLong();
        var saved = me.put(
                "/api/v1/mock-interviews/" + id + "/answers/cap-theorem",
                "{\"answer\":" + JSON.writeValueAsString(dictated(length)) + ",\"revision\":1}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        var finished = me.post("/api/v1/mock-interviews/" + id + "/finish", "");

        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(finished.json().get("questions").get(0).get("score").asInt()).isPositive();
        assertThat(me.get("/api/v1/mock-interviews/" + id + "/report").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 20_000})
    void aScorecardSuggestsKeyPoints(int length) {
        var hiring = new Hiring(port);
        var owner = hiring.owner();
        long kit = hiring.kit(owner);
        long card = hiring.scorecard(owner, kit, hiring.candidate(owner, "Dictating Dana"));

        var suggestion = owner.api(port)
                .post(
                        "/api/v1/scorecards/" + card + "/suggestions",
                        "{\"position\":1,\"answer\":" + JSON.writeValueAsString(dictated(length)) + "}");

        assertThat(suggestion.status()).as(suggestion.body()).isEqualTo(200);
        assertThat(suggestion.json().get("keyPoints").size()).isPositive();
    }
}
