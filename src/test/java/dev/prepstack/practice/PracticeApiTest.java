package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PracticeApiTest {

    @LocalServerPort
    int port;

    private static String review(String slug, String rating) {
        return "{\"questionSlug\":\"%s\",\"rating\":\"%s\"}".formatted(slug, rating);
    }

    @Test
    void newSessionDrawsUnpractisedQuestionsOfTheChosenTopicAndLevel() {
        var me = People.aCandidate(port).api(port);

        var session = me.post(
                "/api/v1/practice/sessions",
                "{\"topics\":[\"caching\"],\"levels\":[\"fresher\"],\"size\":3,\"mode\":\"new\"}");

        assertThat(session.status()).isEqualTo(201);
        JsonNode questions = session.json().get("questions");
        assertThat(questions.size()).isEqualTo(3);
        for (JsonNode slug : questions) {
            var q = me.get("/api/v1/questions/" + slug.asString()).json();
            assertThat(q.get("topic").asString()).isEqualTo("caching");
            assertThat(q.get("level").asString()).isEqualTo("fresher");
        }
        String first = questions.get(0).asString();
        me.post("/api/v1/practice/reviews", review(first, "good"));
        var next = me.post(
                "/api/v1/practice/sessions",
                "{\"topics\":[\"caching\"],\"levels\":[\"fresher\"],\"size\":10,\"mode\":\"new\"}");
        assertThat(next.json().get("questions").valueStream().map(JsonNode::asString))
                .doesNotContain(first);
    }

    @Test
    void reviewsFollowTheLearningStepsThenGraduate() {
        var me = People.aCandidate(port).api(port);

        var first = me.post("/api/v1/practice/reviews", review("cap-theorem", "good"))
                .json();
        assertThat(first.get("state").asString()).isEqualTo("learning");
        assertThat(first.get("step").asInt()).isEqualTo(1);
        assertThat(first.propertyNames())
                .contains("questionSlug", "state", "step", "due", "stability", "difficulty", "retrievability");

        var again = me.post("/api/v1/practice/reviews", review("cap-theorem", "again"))
                .json();
        assertThat(again.get("step").asInt()).isZero();

        var easy = me.post("/api/v1/practice/reviews", review("cap-theorem", "easy"))
                .json();
        assertThat(easy.get("state").asString()).isEqualTo("review");
        assertThat(Instant.parse(easy.get("due").asString()))
                .isAfter(Instant.now().plus(20, ChronoUnit.HOURS));
    }

    @Test
    void aRepeatedClientReviewIdReturnsTheFirstResultWithoutReviewingTwice() {
        var person = People.aCandidate(port);
        var me = person.api(port);
        String body = "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"clientReviewId\":\"offline-42\"}";

        var first = me.post("/api/v1/practice/reviews", body);
        var second = me.post("/api/v1/practice/reviews", body);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("due").asString())
                .isEqualTo(first.json().get("due").asString());
        assertThat(me.get("/api/v1/progress").json().get("totalReviews").asInt())
                .isEqualTo(1);
    }

    @Test
    void replaysReviewsAtTheirRealTimeButNotInTheFutureOrOutOfOrder() {
        var me = People.aCandidate(port).api(port);
        Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS);

        var past = me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"easy\",\"reviewedAt\":\"%s\"}".formatted(tenDaysAgo));
        assertThat(past.status()).isEqualTo(200);

        var future = me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"reviewedAt\":\"%s\"}"
                        .formatted(Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("parameter").asString()).isEqualTo("reviewedAt");

        var beforeLast = me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"reviewedAt\":\"%s\"}"
                        .formatted(tenDaysAgo.minus(1, ChronoUnit.DAYS)));
        assertThat(beforeLast.status()).isEqualTo(400);

        var due = me.get("/api/v1/practice/due?limit=10").json();
        assertThat(due.findValuesAsString("slug")).contains("cap-theorem");
    }

    @Test
    void badInputGetsProblemDetails() {
        var me = People.aCandidate(port).api(port);

        assertThat(me.post("/api/v1/practice/reviews", review("no-such-question", "good"))
                        .status())
                .isEqualTo(404);
        assertThat(me.post("/api/v1/practice/reviews", review("cap-theorem", "perfect"))
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("rating");
        assertThat(me.post(
                                "/api/v1/practice/reviews",
                                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"answer\":\"%s\"}"
                                        .formatted("x".repeat(20_001)))
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("answer");
        assertThat(me.post("/api/v1/practice/sessions", "{\"size\":0}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("size");
        assertThat(me.post("/api/v1/practice/sessions", "{\"size\":101}").status())
                .isEqualTo(400);
        assertThat(me.post("/api/v1/practice/sessions", "{\"size\":5,\"mode\":\"sometimes\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("mode");
        assertThat(me.post("/api/v1/practice/sessions", "{\"size\":5,\"role\":\"astronaut\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("role");
        assertThat(me.get("/api/v1/practice/due?limit=0").status()).isEqualTo(400);
        assertThat(me.put("/api/v1/practice/settings", "{\"desiredRetention\":0.99}")
                        .status())
                .isEqualTo(400);
        assertThat(me.put("/api/v1/practice/settings", "{\"desiredRetention\":0.85}")
                        .json()
                        .get("desiredRetention")
                        .asDouble())
                .isEqualTo(0.85);
    }

    @Test
    void progressCountsCardsByTopicAndLevelAndReadiness() {
        var me = People.aCandidate(port).api(port);
        me.post("/api/v1/practice/reviews", review("cap-theorem", "easy"));
        me.post("/api/v1/practice/reviews", review("consistent-hashing", "again"));

        JsonNode progress = me.get("/api/v1/progress").json();

        assertThat(progress.get("totalReviews").asInt()).isEqualTo(2);
        assertThat(progress.get("streakDays").asInt()).isEqualTo(1);
        assertThat(progress.get("reviewsPerDay").size()).isEqualTo(90);
        JsonNode ds = null;
        for (JsonNode t : progress.get("topics")) {
            if (t.get("slug").asString().equals("distributed-systems")) {
                ds = t;
            }
        }
        int review = 0;
        int learning = 0;
        for (JsonNode level : ds.get("levels")) {
            review += level.get("review").asInt();
            learning += level.get("learning").asInt();
        }
        assertThat(review).isEqualTo(1);
        assertThat(learning).isEqualTo(1);
        assertThat(progress.get("roles").size()).isEqualTo(4);
        assertThat(progress.get("pathSteps").size()).isEqualTo(5);
    }

    @Test
    void practiceDataJoinsTheExportAndTheDeletion() {
        var person = People.aCandidate(port);
        person.api(port)
                .post(
                        "/api/v1/practice/reviews",
                        "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"answer\":\"Consistency or availability under a partition.\"}");

        var export = person.api(port).get("/api/v1/me/export").json();
        assertThat(export.get("practice").get("cards").size()).isEqualTo(1);
        assertThat(export.get("practice").get("reviews").get(0).get("answer").asString())
                .contains("partition");

        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        var again = People.aCandidate(port);
        assertThat(again.api(port)
                        .get("/api/v1/progress")
                        .json()
                        .get("totalReviews")
                        .asInt())
                .isZero();
    }

    @Test
    void practiceNeedsAnAccount() {
        assertThat(new Http(port)
                        .post("/api/v1/practice/reviews", review("cap-theorem", "good"))
                        .status())
                .isEqualTo(401);
        assertThat(new Http(port).getPage("/progress").status()).isEqualTo(302);
    }

    @Test
    void theSuggestedRatingIsKeptBesideTheChosenOneAndTheirAgreementCounted() {
        var person = People.aCandidate(port);
        var me = person.api(port);
        assertThat(me.get("/api/v1/practice/rating-agreement")
                        .json()
                        .get("share")
                        .isNull())
                .isTrue();

        me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"suggestedRating\":\"good\"}");
        me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"rest-and-json\",\"rating\":\"hard\",\"suggestedRating\":\"easy\"}");
        me.post("/api/v1/practice/reviews", review("relational-vs-nosql", "good"));
        var bad = me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"suggestedRating\":\"perfect\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asString()).isEqualTo("suggestedRating");
        JsonNode agreement = me.get("/api/v1/practice/rating-agreement").json();
        assertThat(agreement.get("suggested").asInt()).isEqualTo(2);
        assertThat(agreement.get("agreed").asInt()).isEqualTo(1);
        assertThat(agreement.get("share").asDouble()).isEqualTo(0.5);
        JsonNode reviews = me.get("/api/v1/me/export").json().get("practice").get("reviews");
        List<String> suggested = new ArrayList<>();
        reviews.forEach(r -> suggested.add(
                r.get("suggestedRating").isNull()
                        ? null
                        : r.get("suggestedRating").asString()));
        assertThat(suggested).containsExactly("GOOD", "EASY", null);
    }

    @Autowired
    AnswerFeedback feedback;

    @Test
    void revealSuggestsARatingFromTheTypedAnswerAndTheReviewRecordsBothAsThePagesDo() throws InterruptedException {
        for (int i = 0; i < 240 && !feedback.modelReady(); i++) {
            Thread.sleep(500);
        }
        assertThat(feedback.modelReady())
                .as("the evaluator's semantic model loaded")
                .isTrue();
        var me = People.aCandidate(port).api(port);
        String answer = "I am not sure, maybe bananas.";

        var reveal = me.post(
                "/api/v1/practice/reveal", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"%s\"}".formatted(answer));

        assertThat(reveal.status()).isEqualTo(200);
        assertThat(reveal.json().propertyNames())
                .contains("score", "confidence", "unsure", "band", "keyPoints", "suggestedRating");
        assertThat(reveal.json().get("suggestedRating").asString()).isEqualTo("again");
        // The client sends a different suggestion: with an answer the server's own evaluation is recorded.
        var reviewed = me.post(
                "/api/v1/practice/reviews",
                "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\",\"answer\":\"%s\",\"suggestedRating\":\"easy\"}"
                        .formatted(answer));
        assertThat(reviewed.json().get("rating").asString()).isEqualTo("good");
        assertThat(reviewed.json().get("suggestedRating").asString()).isEqualTo("again");
        assertThat(reviewed.json().get("agreed").asBoolean()).isFalse();
        JsonNode agreement = me.get("/api/v1/practice/rating-agreement").json();
        assertThat(agreement.get("suggested").asInt()).isEqualTo(1);
        assertThat(agreement.get("agreed").asInt()).isZero();
        JsonNode exported = me.get("/api/v1/me/export")
                .json()
                .get("practice")
                .get("reviews")
                .get(0);
        assertThat(exported.get("suggestedRating").asString()).isEqualTo("AGAIN");
        assertThat(exported.get("feedbackScore").isNull()).isFalse();
    }

    @Test
    void revealRejectsAMissingAnswerAnUnknownQuestionAndATooLongAnswerWithProblemDetails() {
        var me = People.aCandidate(port).api(port);

        var empty = me.post("/api/v1/practice/reveal", "{\"questionSlug\":\"cap-theorem\",\"answer\":\" \"}");
        var unknown = me.post("/api/v1/practice/reveal", "{\"questionSlug\":\"no-such-question\",\"answer\":\"x\"}");
        var tooLong = me.post(
                "/api/v1/practice/reveal",
                "{\"questionSlug\":\"cap-theorem\",\"answer\":\"%s\"}".formatted("a".repeat(20_001)));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("parameter").asString()).isEqualTo("answer");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void afterAThirtyDayBreakTheDueListShowsTodaysShareWeakestFirstAndSaysHowManyDaysAreLeft() {
        var me = People.aCandidate(port).api(port);
        List<String> slugs = new ArrayList<>();
        me.post("/api/v1/practice/sessions", "{\"size\":30,\"mode\":\"new\"}")
                .json()
                .get("questions")
                .forEach(q -> slugs.add(q.asString()));
        assertThat(slugs).hasSize(30);
        Instant studied = Instant.now().minus(40, ChronoUnit.DAYS);
        for (String slug : slugs) {
            // Learnt 40 days ago (easy: straight to a review interval of about a week), then a break.
            me.post(
                    "/api/v1/practice/reviews",
                    "{\"questionSlug\":\"%s\",\"rating\":\"easy\",\"reviewedAt\":\"%s\"}".formatted(slug, studied));
        }

        JsonNode catchUp = me.get("/api/v1/practice/catch-up").json();
        var due = me.get("/api/v1/practice/due?limit=100").json();

        assertThat(catchUp.get("catchingUp").asBoolean()).isTrue();
        assertThat(catchUp.get("overdue").asInt()).isEqualTo(30);
        int perDay = catchUp.get("reviewsPerDay").asInt();
        assertThat(perDay).as("30 minutes a day at 90 s a review").isEqualTo(20);
        assertThat(catchUp.get("todaysShare").asInt()).isEqualTo(perDay);
        assertThat(catchUp.get("daysLeft").asInt()).isEqualTo(2);
        assertThat(due.size()).as("the queue shows today's share").isEqualTo(perDay);
        List<String> today = new ArrayList<>();
        catchUp.get("today").forEach(s -> today.add(s.asString()));
        assertThat(due.valueStream().map(d -> d.get("slug").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(today);
        var session = me.post("/api/v1/practice/sessions", "{\"size\":100,\"mode\":\"due\"}")
                .json();
        assertThat(session.get("questions").size()).isEqualTo(perDay);
    }

    @Test
    void loadBalancingIsOffByDefaultAndWhenTurnedOnSpreadsCardsLearntTogether() {
        var plain = People.aCandidate(port).api(port);
        var balanced = People.aCandidate(port).api(port);
        assertThat(plain.get("/api/v1/practice/settings")
                        .json()
                        .get("loadBalancing")
                        .asBoolean())
                .isFalse();
        assertThat(balanced.put("/api/v1/practice/settings", "{\"loadBalancing\":true}")
                        .json()
                        .get("loadBalancing")
                        .asBoolean())
                .isTrue();
        assertThat(balanced.put("/api/v1/practice/settings", "{}").status()).isEqualTo(400);
        List<String> slugs = new ArrayList<>();
        plain.post("/api/v1/practice/sessions", "{\"size\":12,\"mode\":\"new\"}")
                .json()
                .get("questions")
                .forEach(q -> slugs.add(q.asString()));
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant fsrsDue =
                Fsrs.withRetention(0.90).review(Card.fresh(at), Rating.EASY, at).due();
        java.util.Set<String> plainDays = new java.util.HashSet<>();
        java.util.Set<String> balancedDays = new java.util.HashSet<>();
        for (String slug : slugs) {
            String body = "{\"questionSlug\":\"%s\",\"rating\":\"easy\",\"reviewedAt\":\"%s\"}".formatted(slug, at);
            var p = plain.post("/api/v1/practice/reviews", body).json();
            assertThat(Instant.parse(p.get("due").asString()))
                    .as("off: exactly FSRS-6's due date")
                    .isEqualTo(fsrsDue);
            plainDays.add(p.get("due").asString().substring(0, 10));
            balancedDays.add(balanced.post("/api/v1/practice/reviews", body)
                    .json()
                    .get("due")
                    .asString()
                    .substring(0, 10));
        }
        assertThat(plainDays).hasSize(1);
        assertThat(balancedDays).hasSizeGreaterThan(2);
        assertThat(balanced.get("/api/v1/me/export")
                        .json()
                        .get("practice")
                        .get("loadBalancing")
                        .asBoolean())
                .isTrue();
    }
}
