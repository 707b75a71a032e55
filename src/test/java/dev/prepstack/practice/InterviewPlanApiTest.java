package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.CatalogNodeTestSupport;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Interview date mode through the API: plans, their forecasts, bad input, and the queue they steer. */
@IntegrationTest
class InterviewPlanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private String topicWithQuestions() {
        return catalog.questionRefs().stream()
                .filter(q -> q.topic() != null)
                .collect(Collectors.groupingBy(QuestionRef::topic, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() >= 3)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    private static String plan(LocalDate on, String topic, int minutes, String target) {
        return "{\"title\":\"Acme backend\",\"interviewOn\":\"" + on + "\",\"topics\":[\"" + topic
                + "\"],\"minutesPerDay\":" + minutes + (target == null ? "" : ",\"target\":" + target) + "}";
    }

    @Test
    void aPlanIsCreatedListedForecastUntilTheDateAndDeleted() {
        Http me = People.aCandidate(port).api(port);
        String topic = topicWithQuestions();
        LocalDate on = today().plusDays(21);

        var created = me.post("/api/v1/practice/plans", plan(on, topic, 30, null));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/practice/plans/" + id);
        assertThat(created.json().get("target").asDouble()).isEqualTo(0.90);
        assertThat(me.get("/api/v1/practice/plans").json().get(0).get("title").asString())
                .isEqualTo("Acme backend");
        assertThat(me.get("/api/v1/practice/plans/" + id)
                        .json()
                        .get("interviewOn")
                        .asString())
                .isEqualTo(on.toString());

        JsonNode forecast = me.get("/api/v1/practice/plans/" + id + "/forecast").json();
        long inScope = catalog.questionRefs().stream()
                .filter(q -> topic.equals(q.topic()))
                .count();
        assertThat(forecast.get("questionsInScope").asLong()).isEqualTo(inScope);
        assertThat(forecast.get("daysLeft").asInt()).isEqualTo(21);
        assertThat(forecast.get("days")).hasSize(21);
        int introduced = 0;
        for (JsonNode day : forecast.get("days")) {
            introduced += day.get("newCards").asInt();
        }
        assertThat(introduced)
                .as("every in-scope question is shown before the date")
                .isEqualTo((int) inScope);
        assertThat(forecast.get("days").get(20).get("newCards").asInt())
                .as("the last days are for review")
                .isZero();
        assertThat(forecast.get("unseenOnTheDay").asInt()).isZero();
        assertThat(forecast.get("secondsPerReview").asDouble()).isEqualTo(InterviewPlans.DEFAULT_SECONDS_PER_REVIEW);
        assertThat(forecast.get("ownPace").asBoolean()).isFalse();
        assertThat(forecast.get("topics").get(0).get("topic").asString()).isEqualTo(topic);
        assertThat(forecast.get("meanRetrievability").asDouble()).isGreaterThan(0.9);
        assertThat(forecast.get("fits").asBoolean()).isTrue();
        assertThat(forecast.get("choices")).isEmpty();

        assertThat(me.delete("/api/v1/practice/plans/" + id).status()).isEqualTo(204);
        assertThat(me.get("/api/v1/practice/plans/" + id).status()).isEqualTo(404);
        assertThat(me.get("/api/v1/practice/plans/" + id + "/forecast").status())
                .isEqualTo(404);
    }

    @Test
    void plansAreInTheAccountsExportAndGoWithIt() {
        var person = People.aCandidate(port);
        Http me = person.api(port);
        LocalDate on = today().plusDays(9);
        assertThat(me.post("/api/v1/practice/plans", plan(on, topicWithQuestions(), 25, "0.85"))
                        .status())
                .isEqualTo(201);

        JsonNode exported = me.get("/api/v1/me/export").json();
        JsonNode plans = exported.findValue("interviewPlans");
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).get("interviewOn").asString()).isEqualTo(on.toString());
        assertThat(plans.get(0).get("minutesPerDay").asInt()).isEqualTo(25);
        assertThat(plans.get(0).get("target").asDouble()).isEqualTo(0.85);

        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_plan WHERE account_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPlanThatDoesNotFitTheMinutesSaysSoWithChoices() {
        Http me = People.aCandidate(port).api(port);
        long id = me.post(
                        "/api/v1/practice/plans",
                        "{\"interviewOn\":\"" + today().plusDays(3)
                                + "\",\"role\":\"" + catalog.roles().getFirst().slug()
                                + "\",\"seniority\":\"experienced\",\"minutesPerDay\":5}")
                .json()
                .get("id")
                .asLong();

        JsonNode forecast = me.get("/api/v1/practice/plans/" + id + "/forecast").json();

        assertThat(forecast.get("fits").asBoolean()).isFalse();
        assertThat(forecast.get("daysOverLimit").asInt()).isPositive();
        assertThat(forecast.get("minutesNeeded").asInt()).isGreaterThan(5);
        List<String> kinds = new ArrayList<>();
        forecast.get("choices").forEach(c -> kinds.add(c.get("kind").asString()));
        assertThat(kinds).contains("more-minutes", "lower-target");
    }

    @Test
    void badPlansAreRefusedWithProblemDetailsNamingTheField() {
        Http me = People.aCandidate(port).api(port);
        String topic = topicWithQuestions();
        record Case(String body, String field) {}
        List<Case> cases = List.of(
                new Case(plan(today().minusDays(1), topic, 30, null), "interviewOn"),
                new Case(plan(today(), topic, 30, null), "interviewOn"),
                new Case(plan(today().plusDays(10), topic, 0, null), "minutesPerDay"),
                new Case(plan(today().plusDays(10), topic, 10_000, null), "minutesPerDay"),
                new Case(plan(today().plusDays(10), topic, 30, "1.5"), "target"),
                new Case(plan(today().plusDays(10), "no-such-topic", 30, null), "topics"),
                new Case("{\"interviewOn\":\"" + today().plusDays(10) + "\",\"minutesPerDay\":30}", "scope"),
                new Case(
                        "{\"interviewOn\":\"" + today().plusDays(10)
                                + "\",\"role\":\"no-such-role\",\"seniority\":\"fresher\",\"minutesPerDay\":30}",
                        "role"));
        for (Case c : cases) {
            var response = me.post("/api/v1/practice/plans", c.body());
            assertThat(response.status()).as(c.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).as(c.body()).contains(c.field());
        }
        // A scope left without questions: the topic's fresher questions retired for the moment.
        List<Long> retired = jdbc.sql("SELECT id FROM question WHERE topic_slug = ? AND level = 'fresher'"
                        + " AND retired_at IS NULL")
                .param(topic)
                .query(Long.class)
                .list();
        assertThat(retired).isNotEmpty();
        try {
            retired.forEach(id -> jdbc.sql("UPDATE question SET retired_at = CURRENT_TIMESTAMP WHERE id = ?")
                    .param(id)
                    .update());
            CatalogNodeTestSupport.rebuildNow(context);
            var response = me.post(
                    "/api/v1/practice/plans",
                    "{\"interviewOn\":\"" + today().plusDays(10) + "\",\"topics\":[\"" + topic
                            + "\"],\"levels\":[\"fresher\"],\"minutesPerDay\":30}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).contains("scope").contains("matches no questions");
        } finally {
            retired.forEach(id -> jdbc.sql("UPDATE question SET retired_at = NULL WHERE id = ?")
                    .param(id)
                    .update());
            CatalogNodeTestSupport.rebuildNow(context);
        }
        assertThat(me.get("/api/v1/practice/plans").json()).isEmpty();
    }

    @Test
    void withAPlanTheQueueOffersInScopeQuestionsFirstAndBringsWeakCardsForwardOnTheEve() {
        Http me = People.aCandidate(port).api(port);
        String topic = topicWithQuestions();
        List<String> inScope = catalog.questionRefs().stream()
                .filter(q -> topic.equals(q.topic()))
                .map(QuestionRef::slug)
                .toList();
        String weak = inScope.getFirst();
        // Reviewed "easy" five days ago: FSRS makes it due in about three days, after the interview.
        String fiveDaysAgo = Instant.now().minus(5, ChronoUnit.DAYS).toString();
        assertThat(me.post(
                                "/api/v1/practice/reviews",
                                "{\"questionSlug\":\"" + weak + "\",\"rating\":\"easy\",\"reviewedAt\":\"" + fiveDaysAgo
                                        + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(dueSlugs(me)).doesNotContain(weak);

        var created = me.post("/api/v1/practice/plans", plan(today().plusDays(1), topic, 60, "0.97"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(dueSlugs(me))
                .as("brought forward for the interview tomorrow")
                .contains(weak);
        JsonNode session = me.post("/api/v1/practice/sessions", "{\"size\":" + (inScope.size() + 1) + "}")
                .json();
        List<String> questions = new ArrayList<>();
        session.get("questions")
                .forEach(q -> questions.add(
                        q.isString() ? q.asString() : q.get("slug").asString()));
        assertThat(questions.getFirst()).isEqualTo(weak);
        assertThat(questions.subList(1, inScope.size()))
                .as("the plan's new questions come before other new ones")
                .containsExactlyInAnyOrderElementsOf(inScope.subList(1, inScope.size()));

        me.delete("/api/v1/practice/plans/" + created.json().get("id").asLong());
        assertThat(dueSlugs(me)).as("without a plan, plain FSRS-6 again").doesNotContain(weak);
    }

    private static List<String> dueSlugs(Http me) {
        List<String> slugs = new ArrayList<>();
        JsonNode due = me.get("/api/v1/practice/due").json();
        (due.isArray() ? due : due.get("cards"))
                .forEach(c -> slugs.add(c.get("slug").asString()));
        return slugs;
    }
}
