package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import dev.prepstack.support.People.Person;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The interviewer's API: roles, invites, visibility, kit versions, immutability and deletion. */
@IntegrationTest
class HiringApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Hiring hiring;

    @BeforeEach
    void fixtures() {
        hiring = new Hiring(port);
    }

    @Test
    void withoutTheInterviewerRoleTheApiAnswers403AndAcceptingAnInviteGrantsTheRole() {
        Person owner = hiring.owner();
        Person colleague = People.aCandidate(port);
        var refused = colleague.api(port).get("/api/v1/kits");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        String token = hiring.invite(owner);
        var joined = colleague.api(port).post("/api/v1/invites/" + token + "/accept", "");

        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("role").asString()).isEqualTo("MEMBER");
        assertThat(joined.json().get("current").asBoolean()).isTrue();
        assertThat(colleague.api(port).get("/api/v1/me").body()).contains("INTERVIEWER");
        assertThat(colleague.api(port).get("/api/v1/kits").status()).isEqualTo(200);
        var members = owner.api(port).get("/api/v1/organisations/" + hiring.currentOrganisation(owner));
        assertThat(members.json().get("members").size()).isEqualTo(2);
    }

    @Test
    void anInviteWorksOnceAndNotAfterItExpires() {
        Person owner = hiring.owner();
        String token = hiring.invite(owner);
        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/invites/" + token + "/accept", "")
                        .status())
                .isEqualTo(200);

        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/invites/" + token + "/accept", "")
                        .status())
                .as("single use")
                .isEqualTo(404);

        String expiring = hiring.invite(owner);
        jdbc.sql("UPDATE hiring_invite SET expires_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now().minusMinutes(1), InviteTokens.hash(expiring))
                .update();
        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/invites/" + expiring + "/accept", "")
                        .status())
                .as("expired")
                .isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM hiring_invite WHERE token_hash = ?", expiring))
                .as("the token itself is never stored")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM hiring_invite WHERE token_hash = ?", InviteTokens.hash(expiring)))
                .as("only its hash")
                .isEqualTo(1);
    }

    @Test
    void onlyOwnersInviteAndRemoveMembers() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        Person other = hiring.member(owner);
        long organisation = hiring.currentOrganisation(owner);

        assertThat(member.api(port)
                        .post("/api/v1/organisations/" + organisation + "/invites", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(member.api(port)
                        .delete("/api/v1/organisations/" + organisation + "/members/" + other.id())
                        .status())
                .isEqualTo(403);
        assertThat(owner.api(port)
                        .delete("/api/v1/organisations/" + organisation + "/members/" + owner.id())
                        .status())
                .as("the last owner cannot leave")
                .isEqualTo(400);

        assertThat(owner.api(port)
                        .delete("/api/v1/organisations/" + organisation + "/members/" + other.id())
                        .status())
                .isEqualTo(204);
        assertThat(other.api(port).get("/api/v1/organisations/" + organisation).status())
                .isEqualTo(404);
        assertThat(other.api(port).get("/api/v1/kits").status())
                .as("no organisation left")
                .isEqualTo(404);
    }

    @Test
    void aPersonInSeveralOrganisationsWorksInTheCurrentOne() {
        Person owner = hiring.owner();
        long first = hiring.currentOrganisation(owner);
        hiring.kit(owner);
        long second = hiring.organisation(owner, "Second org");

        assertThat(owner.api(port).get("/api/v1/kits").json().size()).isZero();
        var chosen = owner.api(port).put("/api/v1/me/organisation", "{\"organisationId\":" + first + "}");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(owner.api(port).get("/api/v1/kits").json().size()).isEqualTo(1);
        assertThat(owner.api(port).get("/api/v1/organisations").json().size()).isEqualTo(2);
        assertThat(People.anInterviewer(port)
                        .api(port)
                        .put("/api/v1/me/organisation", "{\"organisationId\":" + second + "}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anotherOrganisationsRecordsAreNotFound() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Ada");
        long scorecard = hiring.submitted(owner, kit, candidate, "YES");
        long question = hiring.customQuestion(owner);
        long organisation = hiring.currentOrganisation(owner);
        var outsider = hiring.owner().api(port);

        for (String path : new String[] {
            "/api/v1/kits/" + kit,
            "/api/v1/kits/" + kit + "/versions",
            "/api/v1/kits/" + kit + "/comparison",
            "/api/v1/candidates/" + candidate,
            "/api/v1/scorecards/" + scorecard,
            "/api/v1/custom-questions/" + question,
            "/api/v1/organisations/" + organisation
        }) {
            var response = outsider.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Ada");
        }
        assertThat(outsider.put("/api/v1/kits/" + kit, Hiring.KIT.formatted("")).status())
                .isEqualTo(404);
        assertThat(outsider.delete("/api/v1/kits/" + kit).status()).isEqualTo(404);
        var proposal = outsider.post("/api/v1/kits/" + kit + "/anchor-proposal", "");
        assertThat(proposal.status())
                .as("another organisation's kit has no anchors to propose")
                .isEqualTo(404);
        assertThat(outsider.delete("/api/v1/candidates/" + candidate).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/scorecards/" + scorecard + "/amendments", "{\"text\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(outsider.post("/api/v1/kits/" + kit + "/scorecards", "{\"candidateId\":" + candidate + "}")
                        .status())
                .isEqualTo(404);
        var borrowing = outsider.post("/api/v1/kits", Hiring.KIT.formatted(",{\"customQuestionId\":" + question + "}"));
        assertThat(borrowing.status()).isEqualTo(400);
        assertThat(borrowing.json().get("parameter").asString()).isEqualTo("items");
        assertThat(outsider.get("/api/v1/candidates").body()).doesNotContain("Ada");
    }

    @Test
    void anotherInterviewersScorecardIsHiddenUntilYouSubmitYourOwnForThatCandidate() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Grace");
        long ownersCard = hiring.submitted(owner, kit, candidate, "STRONG_YES");
        long membersCard = hiring.scorecard(member, kit, candidate);
        hiring.fill(member, membersCard, "NO");

        assertThat(member.api(port).get("/api/v1/scorecards/" + ownersCard).status())
                .isEqualTo(404);
        JsonNode before =
                member.api(port).get("/api/v1/candidates/" + candidate).json();
        assertThat(before.get("visible").size())
                .as("only the member's own draft")
                .isEqualTo(1);
        assertThat(before.get("hidden").asInt()).isEqualTo(1);
        JsonNode hiddenColumn = member.api(port)
                .get("/api/v1/kits/" + kit + "/comparison")
                .json()
                .get("candidates")
                .get(0);
        assertThat(hiddenColumn.get("visible").asBoolean()).isFalse();
        assertThat(hiddenColumn.get("attributes").size()).isZero();
        assertThat(owner.api(port).get("/api/v1/scorecards/" + membersCard).status())
                .as("drafts are only their author's")
                .isEqualTo(404);

        assertThat(member.api(port)
                        .post("/api/v1/scorecards/" + membersCard + "/submit", "")
                        .status())
                .isEqualTo(200);

        var nowVisible = member.api(port).get("/api/v1/scorecards/" + ownersCard);
        assertThat(nowVisible.status()).isEqualTo(200);
        assertThat(nowVisible.json().get("recommendation").asString()).isEqualTo("STRONG_YES");
        assertThat(owner.api(port).get("/api/v1/scorecards/" + membersCard).status())
                .isEqualTo(200);
        JsonNode column = member.api(port)
                .get("/api/v1/kits/" + kit + "/comparison")
                .json()
                .get("candidates")
                .get(0);
        assertThat(column.get("visible").asBoolean()).isTrue();
        assertThat(column.get("submitted").asInt()).isEqualTo(2);
        assertThat(column.get("attributes").get("API design").get("average").asDouble())
                .as("strong yes (4) and no (2)")
                .isEqualTo(3.0);
        int keyPoints = owner.api(port)
                .get("/api/v1/kits/" + kit)
                .json()
                .get("items")
                .get(0)
                .get("keyPoints")
                .size();
        assertThat(column.get("questions").get(0).get("coveredPercent").asInt())
                .as("both ticked 2 of the first question's key points")
                .isEqualTo(Math.round(200f / keyPoints));
    }

    @Test
    void scorecardsKeepTheKitVersionTheyWereWrittenWith() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        long first = hiring.candidate(owner, "First");
        long card = hiring.submitted(owner, kit, first, "YES");
        JsonNode v1 = owner.api(port).get("/api/v1/kits/" + kit).json();
        long custom = v1.get("items").get(2).get("customQuestionId").asLong();

        var edited = owner.api(port).put("/api/v1/kits/" + kit, """
                        {"title":"Backend engineer v2","role":"Backend engineer","level":"experienced",
                         "attributes":["API design","Ownership"],"items":[{"questionSlug":"cap-theorem"}]}""");
        owner.api(port)
                .put(
                        "/api/v1/custom-questions/" + custom,
                        "{\"title\":\"Reworded\",\"keyPoints\":[\"Something else\"]}");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        JsonNode scorecard = owner.api(port).get("/api/v1/scorecards/" + card).json();
        assertThat(scorecard.get("kitVersion").asInt()).isEqualTo(1);
        JsonNode pinned =
                owner.api(port).get("/api/v1/kits/" + kit + "?version=1").json();
        assertThat(pinned.get("items").size()).isEqualTo(3);
        assertThat(pinned.get("attributes").toString()).contains("Communication");
        assertThat(pinned.get("items").get(2).get("title").asString())
                .isEqualTo("How would you model our order history?");
        assertThat(pinned.get("items").get(2).get("keyPoints").toString()).contains("Immutable order lines");

        long second = hiring.candidate(owner, "Second");
        long newCard = hiring.scorecard(owner, kit, second);
        assertThat(owner.api(port)
                        .get("/api/v1/scorecards/" + newCard)
                        .json()
                        .get("kitVersion")
                        .asInt())
                .isEqualTo(2);
        JsonNode versions =
                owner.api(port).get("/api/v1/kits/" + kit + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("scorecards").asInt()).isEqualTo(1);
        JsonNode comparison = owner.api(port)
                .get("/api/v1/kits/" + kit + "/comparison?version=1")
                .json();
        assertThat(comparison.get("questions").size()).isEqualTo(3);
        assertThat(comparison.get("candidates").get(0).get("name").asString()).isEqualTo("First");

        var copy = owner.api(port).post("/api/v1/kits/" + kit + "/copy", "{}");
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json().get("title").asString()).isEqualTo("Copy of Backend engineer v2");
        assertThat(copy.json().get("version").asInt()).isEqualTo(1);

        assertThat(owner.api(port).delete("/api/v1/kits/" + kit).status()).isEqualTo(204);
        assertThat(owner.api(port).get("/api/v1/kits").body()).doesNotContain("\"id\":" + kit + ",");
        assertThat(owner.api(port).get("/api/v1/scorecards/" + card).status())
                .as("a deleted kit with scorecards is archived, its versions kept")
                .isEqualTo(200);
    }

    @Test
    void anInterviewerDiscardsTheirOwnDraftButNeitherASubmittedScorecardNorSomeoneElses() {
        Person owner = hiring.owner();
        Person colleague = hiring.member(owner);
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Barbara");
        long draft = hiring.scorecard(owner, kit, candidate);
        assertThat(hiring.fill(owner, draft, "YES").status()).isEqualTo(200);

        assertThat(colleague.api(port).delete("/api/v1/scorecards/" + draft).status())
                .as("someone else's draft")
                .isEqualTo(404);
        assertThat(owner.api(port).delete("/api/v1/scorecards/" + draft).status())
                .isEqualTo(204);
        assertThat(owner.api(port).get("/api/v1/scorecards/" + draft).status()).isEqualTo(404);

        long submitted = hiring.submitted(owner, kit, candidate, "YES");
        var refused = owner.api(port).delete("/api/v1/scorecards/" + submitted);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("parameter").asString()).isEqualTo("status");
        assertThat(owner.api(port).get("/api/v1/scorecards/" + submitted).status())
                .isEqualTo(200);
    }

    @Test
    void submittedScorecardsAreImmutableAndAmendmentsAreRecordedBesideThem() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Linus");
        long card = hiring.scorecard(owner, kit, candidate);
        var incomplete = owner.api(port)
                .put(
                        "/api/v1/scorecards/" + card,
                        "{\"ratings\":[{\"attribute\":\"API design\",\"rating\":\"YES\"}],\"recommendation\":\"YES\"}");
        assertThat(incomplete.status()).isEqualTo(200);
        var refused = owner.api(port).post("/api/v1/scorecards/" + card + "/submit", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("parameter").asString()).isEqualTo("ratings");
        assertThat(owner.api(port)
                        .put(
                                "/api/v1/scorecards/" + card,
                                "{\"ratings\":[{\"attribute\":\"Charisma\",\"rating\":\"YES\",\"reason\":\"x\"}]}")
                        .status())
                .as("only the kit's attributes")
                .isEqualTo(400);

        hiring.fill(owner, card, "YES");
        assertThat(owner.api(port)
                        .post("/api/v1/scorecards/" + card + "/submit", "")
                        .status())
                .isEqualTo(200);

        var change = hiring.fill(owner, card, "STRONG_NO");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.json().get("parameter").asString()).isEqualTo("status");
        assertThat(owner.api(port)
                        .post("/api/v1/scorecards/" + card + "/submit", "")
                        .status())
                .isEqualTo(400);
        var amended = owner.api(port)
                .post("/api/v1/scorecards/" + card + "/amendments", "{\"text\":\"On reflection: strong on caching.\"}");
        assertThat(amended.status()).isEqualTo(201);
        JsonNode after = amended.json();
        assertThat(after.get("recommendation").asString()).isEqualTo("YES");
        assertThat(after.get("ratings").get(0).get("rating").asString()).isEqualTo("YES");
        assertThat(after.get("amendments").get(0).get("text").asString())
                .isEqualTo("On reflection: strong on caching.");
        assertThat(after.get("amendments").get(0).get("author").asString()).isEqualTo("Test Candidate");
        assertThat(after.get("amendments").get(0).get("at").asString()).isNotBlank();
        assertThat(owner.api(port)
                        .post("/api/v1/scorecards/" + card + "/amendments", "{\"text\":\"" + "x".repeat(20_001) + "\"}")
                        .json()
                        .get("detail")
                        .asString())
                .contains("20,000");
    }

    @Test
    void theEvaluatorSuggestsWhichKeyPointsAPastedAnswerCovers() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        long card = hiring.scorecard(owner, kit, hiring.candidate(owner, "Barbara"));
        String modelAnswer = new dev.prepstack.support.Http(port)
                .get("/api/v1/questions/rest-and-json")
                .json()
                .get("answerMarkdown")
                .asString();

        var suggestion = owner.api(port)
                .post(
                        "/api/v1/scorecards/" + card + "/suggestions",
                        "{\"position\":1,\"answer\":"
                                + tools.jackson.databind.json.JsonMapper.builder()
                                        .build()
                                        .writeValueAsString(modelAnswer)
                                + "}");

        assertThat(suggestion.status()).as(suggestion.body()).isEqualTo(200);
        JsonNode keyPoints = suggestion.json().get("keyPoints");
        JsonNode kitItem =
                owner.api(port).get("/api/v1/kits/" + kit).json().get("items").get(0);
        assertThat(keyPoints.size()).isEqualTo(kitItem.get("keyPoints").size());
        boolean anyCovered = false;
        for (JsonNode k : keyPoints) {
            anyCovered |= k.get("covered").asBoolean();
        }
        assertThat(anyCovered).as("the model answer covers key points").isTrue();
        assertThat(owner.api(port)
                        .get("/api/v1/scorecards/" + card)
                        .json()
                        .get("answers")
                        .size())
                .as("nothing is ticked for the interviewer")
                .isZero();
    }

    @Test
    void deletingACandidateRemovesEverythingAboutThemInOneLoggedAction() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Margaret Hamilton");
        long ownersCard = hiring.submitted(owner, kit, candidate, "YES");
        long membersDraft = hiring.scorecard(member, kit, candidate);
        hiring.fill(member, membersDraft, "NO");
        owner.api(port).post("/api/v1/scorecards/" + ownersCard + "/amendments", "{\"text\":\"Later note\"}");
        long kept = hiring.candidate(owner, "Someone else");
        hiring.submitted(owner, kit, kept, "NO");

        assertThat(member.api(port).delete("/api/v1/candidates/" + candidate).status())
                .as("members delete only candidates they added")
                .isEqualTo(403);
        assertThat(owner.api(port).delete("/api/v1/candidates/" + candidate).status())
                .isEqualTo(204);

        assertThat(count("SELECT COUNT(*) FROM hiring_candidate WHERE id = ?", candidate))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM hiring_scorecard WHERE candidate_id = ?", candidate))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM hiring_scorecard_answer WHERE scorecard_id IN (?, ?)",
                        ownersCard,
                        membersDraft))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM hiring_scorecard_rating WHERE scorecard_id IN (?, ?)",
                        ownersCard,
                        membersDraft))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM hiring_amendment WHERE scorecard_id = ?", ownersCard))
                .isZero();
        assertThat(owner.api(port).get("/api/v1/candidates/" + candidate).status())
                .isEqualTo(404);
        assertThat(owner.api(port).get("/api/v1/candidates/" + kept).status()).isEqualTo(200);
        String activity = owner.api(port)
                .get("/api/v1/organisations/" + hiring.currentOrganisation(owner))
                .json()
                .get("activity")
                .toString();
        assertThat(activity).contains("CANDIDATE_DELETED").doesNotContain("Margaret");
    }

    @Test
    void anInterviewerWhoDeletesTheirAccountLeavesSubmittedScorecardsToAFormerMember() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Alan");
        long submitted = hiring.submitted(member, kit, candidate, "YES");
        member.api(port).post("/api/v1/scorecards/" + submitted + "/amendments", "{\"text\":\"Addendum\"}");
        long draft = hiring.scorecard(member, kit, hiring.candidate(member, "Draft candidate"));
        hiring.submitted(owner, kit, candidate, "NO");
        JsonNode export = member.api(port).get("/api/v1/me/export").json().get("hiring");
        assertThat(export.get("memberships").size()).isEqualTo(1);
        assertThat(export.get("scorecardsAuthored").size()).isEqualTo(2);
        assertThat(export.get("amendmentsAuthored").get(0).get("text").asString())
                .isEqualTo("Addendum");

        assertThat(member.deleteAccount(port).status()).isEqualTo(204);

        var kept = owner.api(port).get("/api/v1/scorecards/" + submitted);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("interviewer").asString()).isEqualTo("former member");
        assertThat(kept.json().get("amendments").get(0).get("author").asString())
                .isEqualTo("former member");
        assertThat(count("SELECT COUNT(*) FROM hiring_scorecard WHERE id = ?", draft))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM hiring_member WHERE account_id = ?", member.id()))
                .isZero();
        assertThat(owner.api(port)
                        .get("/api/v1/organisations/" + hiring.currentOrganisation(owner))
                        .json()
                        .get("members")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void anOwnerWhoDeletesTheirAccountHandsTheOrganisationToTheLongestStandingMember() {
        Person owner = hiring.owner();
        Person first = hiring.member(owner);
        hiring.member(owner);
        long organisation = hiring.currentOrganisation(owner);
        Person alone = hiring.owner();
        long lonely = hiring.currentOrganisation(alone);
        hiring.kit(alone);

        assertThat(owner.deleteAccount(port).status()).isEqualTo(204);
        assertThat(alone.deleteAccount(port).status()).isEqualTo(204);

        JsonNode detail =
                first.api(port).get("/api/v1/organisations/" + organisation).json();
        assertThat(detail.get("organisation").get("role").asString()).isEqualTo("OWNER");
        assertThat(detail.get("activity").toString()).contains("OWNERSHIP_PASSED");
        assertThat(count("SELECT COUNT(*) FROM hiring_organisation WHERE id = ?", lonely))
                .as("an organisation nobody belongs to is deleted")
                .isZero();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aKitVersionCarriesAnchorsAndWeightsAndScorecardsGetAComputedScoreTheComparisonRanksBy() {
        Person owner = hiring.owner();
        Person colleague = hiring.member(owner);
        long kit = hiring.kit(owner);
        var proposed = owner.api(port).post("/api/v1/kits/" + kit + "/anchor-proposal", "");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("API design").size()).isEqualTo(4);
        assertThat(owner.api(port).get("/api/v1/kits/" + kit).json().get("anchors"))
                .as("a kit written without anchors has the proposed ones for every attribute")
                .isEqualTo(proposed.json());

        String anchored = """
                {"title":"Anchored","role":"Backend engineer","level":"intermediate",
                 "attributes":["API design","Communication"],"items":[{"questionSlug":"rest-and-json"}],
                 "anchors":{"API design":["Guesses at endpoints","Names resources","Designs resources and errors",
                   "Designs, versions and explains trade-offs"]},
                 "weights":{"API design":3,"Communication":1}}""";
        var edited = owner.api(port).put("/api/v1/kits/" + kit, anchored);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("anchors").get("API design").get(2).asString())
                .isEqualTo("Designs resources and errors");
        assertThat(edited.json().get("anchors").get("Communication"))
                .as("the attribute left without anchors gets the proposed ones")
                .hasSize(4);
        assertThat(edited.json().get("anchors").get("Communication").get(0).asString())
                .startsWith("Communication: covers few");
        assertThat(edited.json().get("weights").get("API design").asDouble()).isEqualTo(3.0);
        assertThat(owner.api(port)
                        .get("/api/v1/kits/" + kit + "?version=1")
                        .json()
                        .get("weights")
                        .get("API design")
                        .asDouble())
                .as("version 1 keeps its equal weights")
                .isEqualTo(1.0);

        var zero = owner.api(port)
                .put(
                        "/api/v1/kits/" + kit,
                        anchored.replace(
                                "\"API design\":3,\"Communication\":1", "\"API design\":0,\"Communication\":0"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.contentType()).startsWith("application/problem+json");
        assertThat(zero.json().get("parameter").asString()).isEqualTo("weights");
        var negative = owner.api(port)
                .put("/api/v1/kits/" + kit, anchored.replace("\"Communication\":1", "\"Communication\":-1"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("parameter").asString()).isEqualTo("weights");
        var gap = owner.api(port).put("/api/v1/kits/" + kit, anchored.replace(",\"Names resources\"", ""));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.json().get("parameter").asString()).isEqualTo("anchors");
        assertThat(owner.api(port)
                        .get("/api/v1/kits/" + kit)
                        .json()
                        .get("version")
                        .asInt())
                .as("refused edits publish nothing")
                .isEqualTo(2);
        JsonNode exported =
                owner.api(port).get("/api/v1/me/export").json().get("hiring").get("kitVersionsAuthored");
        assertThat(exported.get(1).get("anchors").get("API design").get(2).asString())
                .as("the account export carries the anchors its owner wrote")
                .isEqualTo("Designs resources and errors");
        assertThat(exported.get(1).get("weights").get("API design").asDouble()).isEqualTo(3.0);

        long strong = hiring.candidate(owner, "Strong");
        long weak = hiring.candidate(owner, "Weak");
        long ownersOnWeak = submit(owner, kit, weak, "NO", "STRONG_NO", "STRONG_YES");
        submit(owner, kit, strong, "STRONG_YES", "YES", "STRONG_YES");
        submit(colleague, kit, strong, "YES", "YES", "YES");

        JsonNode card =
                owner.api(port).get("/api/v1/scorecards/" + ownersOnWeak).json();
        assertThat(card.get("computedScore").asDouble())
                .isCloseTo((3 * 2 + 1) / 4.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(card.get("anchors").get("API design").get(1).asString()).isEqualTo("Names resources");

        JsonNode comparison =
                owner.api(port).get("/api/v1/kits/" + kit + "/comparison").json();
        JsonNode first = comparison.get("candidates").get(0);
        JsonNode second = comparison.get("candidates").get(1);
        assertThat(first.get("name").asString())
                .as("ranked by mean computed score")
                .isEqualTo("Strong");
        assertThat(first.get("meanScore").asDouble())
                .isCloseTo((3.75 + 3.0) / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.get("scoreSpread").asDouble())
                .isCloseTo(Math.sqrt(2 * Math.pow(0.375, 2)), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.get("disagreements").size()).isZero();
        assertThat(second.get("name").asString()).isEqualTo("Weak");
        assertThat(second.get("scoreSpread").isNull())
                .as("one scorecard has no spread")
                .isTrue();
        assertThat(second.get("disagreements").get(0).get("recommendation").asString())
                .isEqualTo("STRONG_YES");
        assertThat(second.get("disagreements").get(0).get("scorecardId").asLong())
                .isEqualTo(ownersOnWeak);
    }

    private long submit(
            Person person, long kit, long candidate, String api, String communication, String recommendation) {
        long id = hiring.scorecard(person, kit, candidate);
        var saved = person.api(port).put("/api/v1/scorecards/" + id, """
                {"ratings":[{"attribute":"API design","rating":"%s","reason":"r"},
                            {"attribute":"Communication","rating":"%s","reason":"r"}],"recommendation":"%s"}""".formatted(api, communication, recommendation));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var submitted = person.api(port).post("/api/v1/scorecards/" + id + "/submit", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }
}
