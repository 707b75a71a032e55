package dev.prepstack.interview;

import static dev.prepstack.interview.Interviews.BEHAVIORAL;
import static dev.prepstack.interview.Interviews.TECHNICAL;
import static dev.prepstack.interview.Interviews.item;
import static dev.prepstack.interview.Interviews.save;
import static dev.prepstack.interview.Interviews.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.content.FollowUp;
import dev.prepstack.embedding.AnswerEmbeddings;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.MutableClock;
import dev.prepstack.support.People;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MockInterviewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnswerEmbeddings answerModel;

    @Test
    void startsABalancedInterviewForARoleAndSeniorityAndDoesNotRepeatThePreviousOne() {
        var me = People.aCandidate(port).api(port);
        var response = me.post("/api/v1/mock-interviews", "{\"role\":\"backend-developer\",\"seniority\":\"senior\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode interview = response.json();
        assertThat(interview.get("startedAt").asString()).isNotBlank();
        List<String> roleTopics =
                catalog.role("backend-developer").orElseThrow().topics();
        Map<String, Integer> kinds = new java.util.HashMap<>();
        Set<String> technicalTopics = new HashSet<>();
        Set<String> first = new HashSet<>();
        for (JsonNode q : interview.get("questions")) {
            String kind = q.get("kind").asString();
            kinds.merge(kind, 1, Integer::sum);
            first.add(q.get("slug").asString());
            if (kind.equals("technical")) {
                technicalTopics.add(q.get("topic").asString());
                assertThat(q.get("timeLimitSeconds").asInt()).isEqualTo(300);
            }
            if (kind.equals("system-design")) {
                assertThat(q.get("timeLimitSeconds").asInt()).isEqualTo(1200);
            }
        }
        assertThat(kinds)
                .containsEntry("technical", 4)
                .containsEntry("scenario", 1)
                .containsEntry("system-design", 1)
                .containsEntry("behavioral", 2);
        assertThat(technicalTopics).hasSize(4).allMatch(roleTopics::contains);
        assertThat(interview.get("timeLimitSeconds").asInt()).isEqualTo(4 * 300 + 480 + 1200 + 2 * 360);

        var next = me.post("/api/v1/mock-interviews", "{\"role\":\"backend-developer\",\"seniority\":\"senior\"}")
                .json();
        for (JsonNode q : next.get("questions")) {
            assertThat(first)
                    .as("the second interview repeats nothing")
                    .doesNotContain(q.get("slug").asString());
        }
        var junior = me.post("/api/v1/mock-interviews", "{\"role\":\"data-engineer\",\"seniority\":\"junior\"}")
                .json();
        assertThat(junior.get("questions").valueStream().map(q -> q.get("kind").asString()))
                .doesNotContain("system-design")
                .hasSize(6);
    }

    @Test
    void outOfOrderAutosavesKeepTheHighestRevision() {
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();

        var third = save(me, id, TECHNICAL, "the third draft", 3, null);
        var second = save(me, id, TECHNICAL, "the second draft", 2, null);

        assertThat(third.status()).isEqualTo(200);
        assertThat(third.json().get("saved").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("saved").asBoolean()).isFalse();
        assertThat(second.json().get("revision").asLong()).isEqualTo(3);
        JsonNode answer = item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL)
                .get("answers")
                .get(0);
        assertThat(answer.get("answer").asString()).isEqualTo("the third draft");
        assertThat(answer.get("revision").asLong()).isEqualTo(3);

        assertThat(save(me, id, TECHNICAL, "the third draft", 3, null)
                        .json()
                        .get("saved")
                        .asBoolean())
                .as("repeating a save is harmless")
                .isTrue();
        save(me, id, TECHNICAL, "the fourth draft", 4, null);
        assertThat(item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL)
                        .get("answers")
                        .get(0)
                        .get("answer")
                        .asString())
                .isEqualTo("the fourth draft");
    }

    @Test
    void concurrentAutosavesInAnyOrderEndWithTheHighestRevision() throws Exception {
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL).get("id").asLong();

        assertThat(Interviews.concurrentAutosaves(me, id, TECHNICAL, 12)).containsOnly(200);

        JsonNode answer = item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL)
                .get("answers")
                .get(0);
        assertThat(answer.get("revision").asLong()).isEqualTo(12);
        assertThat(answer.get("answer").asString()).isEqualTo("answer revision 12");
    }

    @Test
    void answersSavedAfterTheirQuestionsTimeAreKeptAndMarkedLate() {
        var me = People.aCandidate(port).api(port);
        JsonNode started = start(me, TECHNICAL, BEHAVIORAL);
        long id = started.get("id").asLong();
        assertThat(started.get("questions").get(0).get("timeLimitSeconds").asInt())
                .isEqualTo(300);
        try {
            assertThat(save(me, id, TECHNICAL, "on time", 1, null)
                            .json()
                            .get("late")
                            .asBoolean())
                    .isFalse();

            clock.advance(Duration.ofSeconds(301));
            var late = save(me, id, TECHNICAL, "a minute over", 2, null);
            assertThat(late.status()).isEqualTo(200);
            assertThat(late.json().get("saved").asBoolean()).isTrue();
            assertThat(late.json().get("late").asBoolean()).isTrue();
            // The next question is due when its own 6 minutes have passed too: at 11 minutes.
            assertThat(save(me, id, BEHAVIORAL, "still in time", 1, null)
                            .json()
                            .get("late")
                            .asBoolean())
                    .isFalse();

            clock.advance(Duration.ofSeconds(400));
            assertThat(save(me, id, BEHAVIORAL, "over the whole interview's time", 2, null)
                            .json()
                            .get("late")
                            .asBoolean())
                    .isTrue();

            JsonNode report =
                    me.post("/api/v1/mock-interviews/" + id + "/finish", "").json();
            assertThat(report.get("lateQuestions").asInt()).isEqualTo(2);
            JsonNode first = report.get("questions").get(0);
            assertThat(first.get("late").asBoolean()).isTrue();
            assertThat(first.get("lateBySeconds").asLong()).isBetween(1L, 10L);
            assertThat(first.get("answer").asString()).isEqualTo("a minute over");
            assertThat(report.get("timeUsedSeconds").asLong()).isBetween(700L, 710L);
        } finally {
            clock.reset();
        }
    }

    @Test
    void followUpsAppearOnceTheMainAnswerIsSavedAndAreAnsweredTheSameWay() {
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();
        assertThat(item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL)
                        .get("followUps")
                        .size())
                .as("no peeking before the main answer")
                .isZero();

        save(me, id, TECHNICAL, "Consistency or availability during a partition.", 1, null);
        JsonNode followUps =
                item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL).get("followUps");
        assertThat(followUps.size()).isEqualTo(1);
        assertThat(catalog.question(TECHNICAL).orElseThrow().followUpQuestions())
                .contains(followUps.get(0).asString());

        assertThat(save(me, id, TECHNICAL, "Cassandra is AP, with tunable consistency.", 1, 1)
                        .status())
                .isEqualTo(200);
        JsonNode answers =
                item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL).get("answers");
        assertThat(answers.get(1).get("question").asString())
                .isEqualTo(followUps.get(0).asString());
        var beyond = save(me, id, TECHNICAL, "x", 1, 2);
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().get("parameter").asString()).isEqualTo("followUp");
    }

    @Test
    void answersOfInvisibleCharactersFinishAsEmptyAnswersNeverA500() {
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();
        // A zero-width space, a right-to-left override, NUL, and nothing but those.
        assertThat(save(me, id, TECHNICAL, "\\u200b\\u202e\\u0000", 1, null).status())
                .isLessThan(300);
        assertThat(save(me, id, BEHAVIORAL, "\\u2060\\u200b \\u0000", 1, null).status())
                .isLessThan(300);

        var finished = me.post("/api/v1/mock-interviews/" + id + "/finish", "");
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(me.get("/api/v1/mock-interviews/" + id + "/report").status()).isEqualTo(200);

        var feedback = me.post(
                "/api/v1/feedback", "{\"questionSlug\":\"" + TECHNICAL + "\",\"answer\":\"\\u200b\\u202e\\u0000\"}");
        assertThat(feedback.status()).as(feedback.body()).isLessThan(500);
    }

    @Test
    void finishingEvaluatesEveryAnswerAndKeepsTheReport() {
        // The report is about the evaluator with its model, which loads in the background after start-up.
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();
        assertThat(me.get("/api/v1/mock-interviews/" + id + "/report").status())
                .as("no report while it runs")
                .isEqualTo(409);
        save(
                me,
                id,
                TECHNICAL,
                "During a network partition a distributed store must choose between consistency and availability."
                        + " Without a partition it can offer both; PACELC adds the latency trade-off.",
                1,
                null);
        save(
                me,
                id,
                BEHAVIORAL,
                "At my last job we had to migrate billing in a month. My task was to plan it. I split the work"
                        + " and wrote a rollback plan. As a result we shipped on time with no incident.",
                1,
                null);

        var finished = me.post("/api/v1/mock-interviews/" + id + "/finish", "");

        assertThat(finished.status()).isEqualTo(200);
        JsonNode report = finished.json();
        assertThat(report.get("score").asInt()).isBetween(1, 100);
        JsonNode technical = report.get("questions").get(0);
        assertThat(technical.get("feedback").get("keyPoints").size()).isPositive();
        assertThat(technical.get("feedback").get("star").isNull()).isTrue();
        JsonNode behavioral = report.get("questions").get(1);
        assertThat(behavioral.get("feedback").get("star").get("result").asBoolean())
                .isTrue();
        int mean = Math.round(
                (technical.get("score").asInt() + behavioral.get("score").asInt()) / 2f);
        assertThat(report.get("score").asInt()).isEqualTo(mean);
        assertThat(report.get("topics").valueStream().map(t -> t.get("name").asString()))
                .contains("Behavioral");

        var again = me.get("/api/v1/mock-interviews/" + id + "/report").json();
        assertThat(again.get("score").asInt()).isEqualTo(report.get("score").asInt());
        assertThat(me.post("/api/v1/mock-interviews/" + id + "/finish", "")
                        .json()
                        .get("finishedAt"))
                .isEqualTo(report.get("finishedAt"));
        var tooLate = save(me, id, TECHNICAL, "changed my mind", 9, null);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.contentType()).startsWith("application/problem+json");

        var list = me.get("/api/v1/mock-interviews?page=0&size=5").json();
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(list.get("items").get(0).get("score").asInt())
                .isEqualTo(report.get("score").asInt());
    }

    @Test
    void aFollowUpAnswerIsScoredOnItsOwnKeyPointsAndMovesItsQuestionsScore() {
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();
        save(me, id, TECHNICAL, "Under a partition a store picks consistency or availability.", 1, null);
        String asked = item(me.get("/api/v1/mock-interviews/" + id).json(), TECHNICAL)
                .get("followUps")
                .get(0)
                .asString();
        FollowUp bank = catalog.question(TECHNICAL).orElseThrow().followUps().stream()
                .filter(f -> f.question().equals(asked))
                .findFirst()
                .orElseThrow();
        // The follow-up's own model answer, given as the candidate's: every key point is covered.
        save(me, id, TECHNICAL, bank.answer(), 1, 1);

        JsonNode report =
                me.post("/api/v1/mock-interviews/" + id + "/finish", "").json();

        JsonNode technical = report.get("questions").get(0);
        JsonNode followUp = technical.get("followUps").get(0);
        assertThat(followUp.propertyNames())
                .containsExactlyInAnyOrder(
                        "index",
                        "question",
                        "answer",
                        "late",
                        "status",
                        "score",
                        "feedback",
                        "modelAnswer",
                        "seeSlug",
                        "seeTitle");
        assertThat(followUp.get("question").asString()).isEqualTo(asked);
        assertThat(followUp.get("answer").asString()).isEqualTo(bank.answer());
        assertThat(followUp.get("status").asString()).isEqualTo("scored");
        assertThat(followUp.get("modelAnswer").asString()).isEqualTo(bank.answer());
        assertThat(followUp.get("seeSlug").isNull()).isTrue();
        assertThat(followUp.get("feedback")
                        .get("keyPoints")
                        .valueStream()
                        .map(k -> k.get("text").asString()))
                .containsExactlyElementsOf(bank.keyPoints());
        assertThat(followUp.get("feedback")
                        .get("keyPoints")
                        .valueStream()
                        .filter(k -> k.get("covered").asBoolean()))
                .hasSize(bank.keyPoints().size());
        int followUpScore = followUp.get("score").asInt();
        assertThat(followUpScore).isGreaterThanOrEqualTo(80);
        int answerScore = technical.get("answerScore").asInt();
        assertThat(technical.get("followUpScore").asInt()).isEqualTo(followUpScore);
        assertThat(technical.get("score").asInt())
                .as("the follow-up weighs 30% of its question")
                .isEqualTo((int) Math.round(0.7 * answerScore + 0.3 * followUpScore));

        JsonNode behavioral = report.get("questions").get(1);
        assertThat(behavioral.get("followUps").size())
                .as("no main answer, so no follow-up was asked")
                .isZero();
        assertThat(behavioral.get("followUpScore").isNull()).isTrue();
        assertThat(behavioral.get("score").asInt())
                .isEqualTo(behavioral.get("answerScore").asInt());
        assertThat(report.get("score").asInt())
                .isEqualTo(Math.round((technical.get("score").asInt()
                                + behavioral.get("score").asInt())
                        / 2f));
        assertThat(me.get("/api/v1/mock-interviews/" + id + "/report").json())
                .as("the kept report reads the same")
                .isEqualTo(report);
    }

    @Test
    void aFollowUpThatPointsToABankQuestionIsScoredOnThatQuestionsKeyPoints() {
        assertThat(answerModel.awaitReady(Duration.ofSeconds(90))).isTrue();
        String slug = "what-is-an-api";
        var me = People.aCandidate(port).api(port);
        long id = start(me, slug).get("id").asLong();
        save(me, id, slug, "An API is a contract between a provider and its clients.", 1, null);
        String asked = item(me.get("/api/v1/mock-interviews/" + id).json(), slug)
                .get("followUps")
                .get(0)
                .asString();
        String see = catalog.question(slug).orElseThrow().followUps().stream()
                .filter(f -> f.question().equals(asked))
                .findFirst()
                .orElseThrow()
                .see();
        assertThat(see)
                .as("every follow-up of " + slug + " points to a bank question")
                .isNotNull();
        var target = catalog.question(see).orElseThrow();
        save(me, id, slug, "I am not sure.", 1, 1);

        JsonNode followUp = me.post("/api/v1/mock-interviews/" + id + "/finish", "")
                .json()
                .get("questions")
                .get(0)
                .get("followUps")
                .get(0);

        assertThat(followUp.get("status").asString()).isEqualTo("scored");
        assertThat(followUp.get("seeSlug").asString()).isEqualTo(see);
        assertThat(followUp.get("seeTitle").asString()).isEqualTo(target.title());
        assertThat(followUp.get("modelAnswer").asString()).isEqualTo(target.summary());
        assertThat(followUp.get("feedback")
                        .get("keyPoints")
                        .valueStream()
                        .map(k -> k.get("text").asString()))
                .containsExactlyElementsOf(target.keyPoints());
        assertThat(followUp.get("score").asInt()).isLessThan(InterviewReport.WEAK_SCORE);
    }

    @Test
    void anUnansweredFollowUpShowsItsModelAnswerButIsNotCounted() {
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL).get("id").asLong();
        save(me, id, TECHNICAL, "Consistency or availability during a partition.", 1, null);
        me.get("/api/v1/mock-interviews/" + id);

        JsonNode question = me.post("/api/v1/mock-interviews/" + id + "/finish", "")
                .json()
                .get("questions")
                .get(0);

        JsonNode followUp = question.get("followUps").get(0);
        assertThat(followUp.get("status").asString()).isEqualTo("unanswered");
        assertThat(followUp.get("score").isNull()).isTrue();
        assertThat(followUp.get("modelAnswer").asString()).isNotBlank();
        assertThat(question.get("score").asInt())
                .isEqualTo(question.get("answerScore").asInt());
    }

    @Test
    void anInterviewFinishedBeforeFollowUpsWereScoredStillShowsItsReport() {
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL).get("id").asLong();
        save(me, id, TECHNICAL, "Consistency or availability during a partition.", 1, null);
        me.get("/api/v1/mock-interviews/" + id);
        save(me, id, TECHNICAL, "Cassandra is AP.", 1, 1);
        me.post("/api/v1/mock-interviews/" + id + "/finish", "");
        // What V16 leaves an interview finished before it: no follow-up scores, the main answers' mean.
        jdbc.sql("UPDATE mock_interview_question SET follow_up_scores_json = NULL WHERE interview_id = ?")
                .param(id)
                .update();
        jdbc.sql("UPDATE mock_interview SET score = (SELECT score FROM mock_interview_question WHERE interview_id = ?)"
                        + " WHERE id = ?")
                .params(id, id)
                .update();

        var report = me.get("/api/v1/mock-interviews/" + id + "/report");

        assertThat(report.status()).isEqualTo(200);
        JsonNode question = report.json().get("questions").get(0);
        assertThat(question.get("followUps").get(0).get("status").asString()).isEqualTo("finished-before-scoring");
        assertThat(question.get("followUps").get(0).get("answer").asString()).isEqualTo("Cassandra is AP.");
        assertThat(question.get("score").asInt())
                .isEqualTo(question.get("answerScore").asInt());
        assertThat(report.json().get("score").asInt())
                .isEqualTo(question.get("answerScore").asInt());
        assertThat(me.get("/api/v1/me/export")
                        .json()
                        .get("mockInterviews")
                        .get(0)
                        .get("questions")
                        .get(0)
                        .get("followUpScores")
                        .isNull())
                .isTrue();
    }

    @Test
    void weakQuestionsGoIntoPracticeDueNow() {
        var me = People.aCandidate(port).api(port);
        long id = start(me, TECHNICAL, BEHAVIORAL).get("id").asLong();
        save(me, id, TECHNICAL, "I am not sure.", 1, null);
        JsonNode report =
                me.post("/api/v1/mock-interviews/" + id + "/finish", "").json();
        assertThat(report.get("weakQuestions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(TECHNICAL, BEHAVIORAL);

        var added = me.post("/api/v1/mock-interviews/" + id + "/practice", "");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("added").asInt()).isEqualTo(2);
        assertThat(me.get("/api/v1/practice/due?limit=10")
                        .json()
                        .valueStream()
                        .map(d -> d.get("slug").asString()))
                .contains(TECHNICAL, BEHAVIORAL);
        assertThat(me.post("/api/v1/mock-interviews/" + id + "/practice", "")
                        .json()
                        .get("added")
                        .asInt())
                .as("already due")
                .isZero();
    }

    @Test
    void anotherPersonGets404ForEverythingAboutAnInterview() {
        var alice = People.aCandidate(port).api(port);
        long id = start(alice, TECHNICAL).get("id").asLong();
        save(alice, id, TECHNICAL, "alice's secret answer", 1, null);
        var bob = People.aCandidate(port).api(port);

        String base = "/api/v1/mock-interviews/" + id;
        List<Http.Response> attempts = new ArrayList<>(List.of(
                bob.get(base),
                bob.get(base + "/report"),
                save(bob, id, TECHNICAL, "bob was here", 99, null),
                bob.post(base + "/finish", ""),
                bob.post(base + "/practice", "")));
        for (Http.Response r : attempts) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).doesNotContain("alice's secret answer");
        }
        assertThat(bob.get("/api/v1/mock-interviews").json().get("totalItems").asLong())
                .isZero();
        assertThat(item(alice.get(base).json(), TECHNICAL)
                        .get("answers")
                        .get(0)
                        .get("answer")
                        .asString())
                .isEqualTo("alice's secret answer");
        assertThat(alice.get(base).json().get("finishedAt").isNull()).isTrue();
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        var me = People.aCandidate(port).api(port);
        assertProblem(me.post("/api/v1/mock-interviews", "{\"role\":\"astronaut\",\"seniority\":\"senior\"}"), "role");
        assertProblem(me.post("/api/v1/mock-interviews", "{\"seniority\":\"senior\"}"), "role");
        assertProblem(
                me.post("/api/v1/mock-interviews", "{\"role\":\"backend-developer\",\"seniority\":\"guru\"}"),
                "seniority");
        assertProblem(
                me.post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"no-such-question\"]}"), "questionSlugs");
        assertProblem(
                me.post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"cap-theorem\",\"cap-theorem\"]}"),
                "questionSlugs");
        assertProblem(
                me.post("/api/v1/mock-interviews", "{\"questionSlugs\":[" + "\"cap-theorem\",".repeat(13) + "\"x\"]}"),
                "questionSlugs");
        assertProblem(
                me.post(
                        "/api/v1/mock-interviews",
                        "{\"role\":\"backend-developer\",\"seniority\":\"mid\",\"questionSlugs\":[\"cap-theorem\"]}"),
                "questionSlugs");
        assertProblem(me.get("/api/v1/mock-interviews?size=101"), "size");

        long id = start(me, TECHNICAL).get("id").asLong();
        assertProblem(save(me, id, TECHNICAL, "x".repeat(20_001), 1, null), "answer");
        assertProblem(save(me, id, TECHNICAL, "x", -1, null), "revision");
        assertProblem(save(me, id, TECHNICAL, "x", 1, 7), "followUp");
        assertProblem(
                me.put("/api/v1/mock-interviews/" + id + "/answers/" + TECHNICAL, "{\"answer\":\"x\"}"), "revision");
        var unknown = save(me, id, BEHAVIORAL, "not in this interview", 1, null);
        assertThat(unknown.status()).isEqualTo(404);
        var malformed = me.put("/api/v1/mock-interviews/" + id + "/answers/" + TECHNICAL, "{\"answer\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void mockInterviewsJoinTheAccountsExportAndDeletion() {
        var person = People.aCandidate(port);
        var me = person.api(port);
        long id = start(me, TECHNICAL).get("id").asLong();
        save(me, id, TECHNICAL, "my exported answer", 5, null);
        me.get("/api/v1/mock-interviews/" + id);
        save(me, id, TECHNICAL, "my exported follow-up answer", 1, 1);
        me.post("/api/v1/mock-interviews/" + id + "/finish", "");

        JsonNode export = me.get("/api/v1/me/export").json().get("mockInterviews");
        assertThat(export.size()).isEqualTo(1);
        JsonNode question = export.get(0).get("questions").get(0);
        assertThat(question.get("question").asString()).isEqualTo(TECHNICAL);
        assertThat(question.get("answers").get(0).get("answer").asString()).isEqualTo("my exported answer");
        assertThat(question.get("answers").get(0).get("revision").asLong()).isEqualTo(5);
        assertThat(question.get("answers").get(1).get("answer").asString()).isEqualTo("my exported follow-up answer");
        JsonNode followUpScore = question.get("followUpScores").get(0);
        assertThat(followUpScore.get("status").asString()).isEqualTo("SCORED");
        assertThat(followUpScore.get("feedback").get("score").asInt()).isBetween(0, 100);

        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mock_interview WHERE account_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mock_interview_answer WHERE interview_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static void assertProblem(Http.Response response, String parameter) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
    }
}
