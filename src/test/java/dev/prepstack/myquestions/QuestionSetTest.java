package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.hiring.Hiring;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sets of own questions shared with an organisation: read-only for its members, who copy them into
 * their own; turned into kit custom questions by interviewers; invisible to everyone else.
 */
@IntegrationTest
class QuestionSetTest {

    @LocalServerPort
    int port;

    @Test
    void membersReadAndCopyASharedSetAndAnInterviewerMakesACustomQuestionOfIt() {
        var hiring = new Hiring(port);
        var owner = hiring.owner();
        long organisation = hiring.currentOrganisation(owner);
        var member = hiring.member(owner);
        long first = owner.api(port)
                .post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION)
                .json()
                .get("id")
                .asLong();
        owner.api(port).post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION.replace("last job", "startup"));

        var shared = owner.api(port)
                .post(
                        "/api/v1/me/question-sets",
                        "{\"organisationId\":" + organisation + ",\"title\":\"Our database questions\"}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        long set = shared.json().get("id").asLong();
        assertThat(shared.json().get("size").asInt()).isEqualTo(2);

        assertThat(member.api(port).get("/api/v1/me/question-sets").body()).contains("Our database questions");
        var read = member.api(port).get("/api/v1/me/question-sets/" + set);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("shard the orders table at your startup");
        assertThat(member.api(port).get("/api/v1/me/questions/" + first).status())
                .as("read-only through the set: the question itself stays the owner's")
                .isEqualTo(404);
        assertThat(member.api(port).delete("/api/v1/me/question-sets/" + set).status())
                .isEqualTo(404);

        var copied = member.api(port).post("/api/v1/me/question-sets/" + set + "/copy", "");
        assertThat(copied.status()).isEqualTo(200);
        assertThat(copied.json().get("created").asInt()).isEqualTo(2);
        assertThat(member.api(port)
                        .post("/api/v1/me/question-sets/" + set + "/copy", "")
                        .json()
                        .get("skipped")
                        .asInt())
                .isEqualTo(2);
        assertThat(member.api(port)
                        .get("/api/v1/me/questions")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);

        var custom = owner.api(port)
                .post("/api/v1/me/question-sets/" + set + "/questions/" + first + "/custom-question", "");
        assertThat(custom.status()).as(custom.body()).isEqualTo(201);
        assertThat(owner.api(port).get("/api/v1/custom-questions").body())
                .contains("shard the orders table at your last job");

        var browser = OwnQuestionPagesTest.signedIn(port, member);
        assertThat(browser.getPage("/my-questions/sets/" + set).body())
                .contains("Copy into my questions")
                .contains("shard the orders table");
        assertThat(owner.api(port).get("/api/v1/me/export").body())
                .contains("\"sharedSets\"")
                .contains("Our database questions");
    }

    @Test
    void aSetIsNotFoundForAnyoneOutsideTheOrganisationAndOnlyOwnQuestionsAreShared() {
        var hiring = new Hiring(port);
        var owner = hiring.owner();
        long organisation = hiring.currentOrganisation(owner);
        long id = owner.api(port)
                .post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION)
                .json()
                .get("id")
                .asLong();
        long set = owner.api(port)
                .post("/api/v1/me/question-sets", "{\"organisationId\":" + organisation + ",\"title\":\"Mine\"}")
                .json()
                .get("id")
                .asLong();
        var outsider = People.anInterviewer(port);
        hiring.organisation(outsider, "Other org");
        var api = outsider.api(port);

        assertThat(api.get("/api/v1/me/question-sets/" + set).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/question-sets").body()).doesNotContain("\"Mine\"");
        assertThat(api.post("/api/v1/me/question-sets/" + set + "/copy", "").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/me/question-sets/" + set + "/questions/" + id + "/custom-question", "")
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/me/question-sets/" + set).status()).isEqualTo(404);
        var browser = OwnQuestionPagesTest.signedIn(port, outsider);
        var page = browser.getPage("/my-questions/sets");
        assertThat(page.body()).doesNotContain(">Mine<");
        assertThat(browser.getPage("/my-questions/sets/" + set).status()).isEqualTo(404);
        assertThat(browser.postForm("/my-questions/sets/" + set + "/copy", Http.form("_csrf", page.csrf()))
                        .status())
                .isEqualTo(404);

        assertThat(api.post(
                                "/api/v1/me/question-sets",
                                "{\"organisationId\":" + organisation + ",\"title\":\"Not my organisation\"}")
                        .status())
                .isEqualTo(404);
        long outsiderOrg = hiring.currentOrganisation(outsider);
        assertThat(api.post(
                                "/api/v1/me/question-sets",
                                "{\"organisationId\":" + outsiderOrg + ",\"title\":\"Someone else's\",\"questionIds\":["
                                        + id + "]}")
                        .status())
                .as("another person's question cannot be shared")
                .isEqualTo(404);
        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/me/question-sets/" + set + "/questions/" + id + "/custom-question", "")
                        .status())
                .isEqualTo(403);
        assertThat(owner.api(port).get("/api/v1/me/question-sets/" + set).status())
                .isEqualTo(200);
    }
}
