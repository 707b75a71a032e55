package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.practice.Practice;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Own and bank questions in one queue ("mine / the bank / both"), on the practice page and in the
 * API: ordered by due time, each rated into its own side's FSRS card; another person's questions
 * never appear in it.
 */
@IntegrationTest
class MixedPracticeTest {

    @LocalServerPort
    int port;

    @Autowired
    Practice practice;

    @Autowired
    Catalog catalog;

    @Test
    void theQueueMixesDueBankCardsWithOwnQuestionsAndEachRatingSchedulesItsOwnSide() {
        var person = People.aCandidate(port);
        var api = person.api(port);
        long mine = api.post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION)
                .json()
                .get("id")
                .asLong();
        Question bank = catalog.liveQuestions().getFirst();
        assertThat(practice.dueNow(person.id(), List.of(bank.slug()))).isEqualTo(1);

        JsonNode both = api.get("/api/v1/me/practice-queue?from=both").json();
        assertThat(both.get("from").asString()).isEqualTo("both");
        assertThat(both.get("items").size()).isEqualTo(2);
        JsonNode first = both.get("items").get(0);
        assertThat(first.get("kind").asString())
                .as("the due bank card before the new own question")
                .isEqualTo("bank");
        assertThat(first.get("slug").asString()).isEqualTo(bank.slug());
        assertThat(first.get("reviewPath").asString()).isEqualTo("/api/v1/practice/reviews");
        JsonNode second = both.get("items").get(1);
        assertThat(second.get("kind").asString()).isEqualTo("mine");
        assertThat(second.get("id").asLong()).isEqualTo(mine);
        assertThat(second.get("due").isNull()).as("never practised").isTrue();
        assertThat(second.get("reviewPath").asString()).isEqualTo("/api/v1/me/questions/" + mine + "/reviews");
        assertThat(api.get("/api/v1/me/practice-queue?from=mine")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/me/practice-queue?from=bank")
                        .json()
                        .get("items")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("bank");
        OwnQuestionApiTest.assertParameter(api.get("/api/v1/me/practice-queue?from=everything"), "from");
        OwnQuestionApiTest.assertParameter(api.get("/api/v1/me/practice-queue?limit=0"), "limit");

        var browser = OwnQuestionPagesTest.signedIn(port, person);
        var page = browser.getPage("/my-questions/practice?from=both");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("The bank")
                .contains(HtmlUtils.htmlEscape(bank.title()))
                .contains("1 due, yours and the bank&#39;s · 1 new of yours");
        String path = "/my-questions/practice/bank/" + bank.slug();
        var revealed = browser.postForm(path + "/reveal", Http.form("answer", "", "_csrf", page.csrf()));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body())
                .contains("Model answer")
                .contains(HtmlUtils.htmlEscape(bank.keyPoints().getFirst()));
        var rated = browser.postForm(path + "/review", Http.form("rating", "good", "_csrf", page.csrf()));
        assertThat(rated.status()).isEqualTo(302);
        assertThat(rated.header("Location")).endsWith("/my-questions/practice?from=both");
        assertThat(practice.cardsBySlug(person.id()).get(bank.slug()).due())
                .as("the bank's card was scheduled by the practice module")
                .isAfter(practice.cardsBySlug(person.id()).get(bank.slug()).lastReview());
        assertThat(api.get("/api/v1/me/practice-queue?from=bank")
                        .json()
                        .get("items")
                        .size())
                .isZero();

        page = browser.getPage("/my-questions/practice?from=both");
        assertThat(page.body()).contains("Your question").contains("shard the orders table");
        var own = browser.postForm(
                "/my-questions/" + mine + "/review", Http.form("rating", "easy", "from", "both", "_csrf", page.csrf()));
        assertThat(own.header("Location")).endsWith("/my-questions/practice?from=both");
        assertThat(browser.getPage("/my-questions/practice?from=both").body()).contains("Nothing due");
        assertThat(api.get("/api/v1/me/practice-queue?from=both")
                        .json()
                        .get("items")
                        .size())
                .isZero();

        assertThat(browser.getPage("/my-questions/practice?from=bank").status()).isEqualTo(302);
        assertThat(browser.getPage("/practice").body())
                .as("the bank's practice page links to the mixed queue")
                .contains("/my-questions/practice?from=both");
    }

    @Test
    void anotherPersonsQuestionsNeverEnterTheQueueAndUnknownBankQuestionsAreNotFound() {
        var alice = People.aCandidate(port);
        long hers = alice.api(port)
                .post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION)
                .json()
                .get("id")
                .asLong();
        var bob = People.aCandidate(port);

        assertThat(bob.api(port).get("/api/v1/me/practice-queue?from=both").body())
                .doesNotContain("shard the orders");
        var browser = OwnQuestionPagesTest.signedIn(port, bob);
        var page = browser.getPage("/my-questions/practice?from=both");
        assertThat(page.body()).doesNotContain("shard the orders");
        assertThat(browser.postForm(
                                "/my-questions/" + hers + "/reveal",
                                Http.form("answer", "x", "check", "true", "from", "both", "_csrf", page.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(browser.postForm(
                                "/my-questions/" + hers + "/review",
                                Http.form("rating", "good", "from", "both", "_csrf", page.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(browser.postForm(
                                "/my-questions/practice/bank/no-such-question/reveal",
                                Http.form("answer", "x", "_csrf", page.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(browser.postForm(
                                "/my-questions/practice/bank/no-such-question/review",
                                Http.form("rating", "good", "_csrf", page.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(alice.api(port).get("/api/v1/me/practice-queue?from=mine").body())
                .as("bob's attempts left alice's question new")
                .contains("\"due\":null");
    }
}
