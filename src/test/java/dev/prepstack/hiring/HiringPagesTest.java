package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import dev.prepstack.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hiring pages with plain forms (no JavaScript), sessions and CSRF. */
@IntegrationTest
class HiringPagesTest {

    @LocalServerPort
    int port;

    Hiring hiring;

    @BeforeEach
    void fixtures() {
        hiring = new Hiring(port);
    }

    @Test
    void acceptingAnInviteGivesTheSignedInSessionTheInterviewerRoleAtOnce() {
        Person owner = hiring.owner();
        String token = hiring.invite(owner);
        Person colleague = People.aCandidate(port);
        Http browser = signedIn(colleague);
        assertThat(browser.getPage("/hiring").status()).isEqualTo(403);

        var invite = browser.getPage("/hiring/invites/" + token);
        assertThat(invite.status()).isEqualTo(200);
        assertThat(invite.body()).contains("Acme " + owner.id()).contains("Accept the invite");
        var accepted = browser.postForm("/hiring/invites/" + token + "/accept", Http.form("_csrf", invite.csrf()));
        assertThat(accepted.status()).isEqualTo(302);

        var home = browser.getPage("/hiring");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome to Acme").contains("href=\"/hiring\"");
        assertThat(browser.getPage("/hiring/invites/" + token).status())
                .as("used up")
                .isEqualTo(404);
    }

    @Test
    void anOwnerRevokesAnOpenInviteSoItsLinkStopsWorkingAndTheActivitySaysSoInWords() {
        Person owner = hiring.owner();
        long org = hiring.currentOrganisation(owner);
        Person colleague = hiring.member(owner);
        var issued = owner.api(port).post("/api/v1/organisations/" + org + "/invites", "{\"note\":\"Grace\"}");
        String token = issued.json().get("token").asString();
        long inviteId = issued.json().get("id").asLong();
        Http browser = signedIn(owner);
        String path = "/hiring/organisations/" + org;
        var page = browser.getPage(path);
        assertThat(page.body()).contains("Open invites").contains("Revoke the invite for Grace");

        var asMember = signedIn(colleague);
        var refused = asMember.postForm(
                path + "/invites/" + inviteId + "/revoke",
                Http.form("_csrf", asMember.getPage("/hiring").csrf()));
        assertThat(refused.status()).as("members may not revoke").isIn(403, 404);

        var revoked = browser.postForm(path + "/invites/" + inviteId + "/revoke", Http.form("_csrf", page.csrf()));
        assertThat(revoked.status()).isEqualTo(302);
        page = browser.getPage(path);
        assertThat(page.body())
                .contains("Invite revoked")
                .contains("revoked an invite link")
                .contains("created an invite link")
                .doesNotContain("INVITE_CREATED");
        assertThat(signedIn(People.aCandidate(port))
                        .getPage("/hiring/invites/" + token)
                        .status())
                .as("the revoked link")
                .isEqualTo(404);
        assertThat(browser.postForm(path + "/invites/" + inviteId + "/revoke", Http.form("_csrf", page.csrf()))
                        .status())
                .as("revoking twice")
                .isEqualTo(404);
    }

    @Test
    void theHiringHomeShowsWhoScoredEachCandidateAndWhatTheyRecommend() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        hiring.candidate(owner, "Grace");
        long ada = hiring.candidate(owner, "Ada");
        hiring.submitted(owner, kit, ada, "STRONG_YES");

        String home = signedIn(owner).getPage("/hiring").body();

        assertThat(home).contains("Grace").contains("No scorecards yet").contains("1 submitted");
        assertThat(home).contains(": Strong yes").doesNotContain("STRONG_YES");
    }

    @Test
    void ownersPromoteAndDemoteFromTheMembersTableButTheLastOwnerCannotStepDown() {
        Person owner = hiring.owner();
        long org = hiring.currentOrganisation(owner);
        Person colleague = hiring.member(owner);
        Http browser = signedIn(owner);
        String path = "/hiring/organisations/" + org;

        var page = browser.getPage(path);
        assertThat(page.body())
                .as("a sole owner is not offered to step down")
                .contains("Make owner")
                .doesNotContain("Make member")
                .doesNotContain("Step down as owner");
        var alone = browser.postForm(
                path + "/members/" + owner.id() + "/role", Http.form("role", "MEMBER", "_csrf", page.csrf()));
        assertThat(alone.status()).isEqualTo(302);
        assertThat(browser.getPage(path).body()).contains("without an owner");

        browser.postForm(
                path + "/members/" + colleague.id() + "/role", Http.form("role", "OWNER", "_csrf", page.csrf()));
        page = browser.getPage(path);
        assertThat(page.body()).contains("The member is now an owner.").contains("Make member");

        browser.postForm(
                path + "/members/" + colleague.id() + "/role", Http.form("role", "MEMBER", "_csrf", page.csrf()));
        page = browser.getPage(path);
        assertThat(page.body()).contains("The owner is now a member.");
        browser.postForm(
                path + "/members/" + colleague.id() + "/role", Http.form("role", "OWNER", "_csrf", page.csrf()));

        page = browser.getPage(path);
        assertThat(page.body()).contains("Step down as owner");
        browser.postForm(path + "/members/" + owner.id() + "/role", Http.form("role", "MEMBER", "_csrf", page.csrf()));
        var roles = owner.api(port).get("/api/v1/organisations/" + org).json().get("members");
        for (var m : roles) {
            assertThat(m.get("role").asString())
                    .as("member " + m.get("accountId"))
                    .isEqualTo(m.get("accountId").asLong() == owner.id() ? "MEMBER" : "OWNER");
        }
    }

    @Test
    void theKitBuilderSearchesAddsOrdersAndSavesWithoutJavaScript() {
        Person owner = hiring.owner();
        Http browser = signedIn(owner);
        var builder = browser.getPage("/hiring/kits/new");
        assertThat(builder.body()).contains("API design").contains("name=\"add\"");
        String csrf = builder.csrf();

        var searched = browser.postForm(
                "/hiring/kits",
                Http.form(
                        "title",
                        "Caching kit",
                        "role",
                        "Backend engineer",
                        "level",
                        "experienced",
                        "minutesPerQuestion",
                        "15",
                        "attributes",
                        "Caching\nCommunication",
                        "q",
                        "cache stampede",
                        "action",
                        "search",
                        "_csrf",
                        csrf));
        assertThat(searched.status()).isEqualTo(200);
        assertThat(searched.body()).contains("value=\"bank:cache-stampede-prevention\"");

        var added = browser.postForm(
                "/hiring/kits",
                Http.form(
                        "title",
                        "Caching kit",
                        "role",
                        "Backend engineer",
                        "level",
                        "experienced",
                        "minutesPerQuestion",
                        "15",
                        "attributes",
                        "Caching\nCommunication",
                        "add",
                        "bank:cache-stampede-prevention",
                        "action",
                        "add",
                        "_csrf",
                        csrf));
        assertThat(added.body()).contains("name=\"items\" value=\"bank:cache-stampede-prevention\"");

        var reordered = browser.send(
                "POST",
                "/hiring/kits",
                "title=Caching+kit&role=Backend+engineer&level=experienced&minutesPerQuestion=15"
                        + "&attributes=Caching%0ACommunication&items=bank%3Acache-stampede-prevention"
                        + "&order.bank%3Acache-stampede-prevention=2&add=bank%3Acdn-purpose&action=add&_csrf=" + csrf,
                "application/x-www-form-urlencoded",
                "text/html");
        String body = reordered.body();
        assertThat(body.indexOf("value=\"bank:cache-stampede-prevention\""))
                .isGreaterThan(0)
                .isLessThan(body.indexOf("name=\"items\" value=\"bank:cdn-purpose\""));

        var invalid = browser.postForm(
                "/hiring/kits",
                Http.form(
                        "title",
                        "",
                        "role",
                        "Backend engineer",
                        "level",
                        "experienced",
                        "minutesPerQuestion",
                        "0",
                        "attributes",
                        "Caching",
                        "items",
                        "bank:cdn-purpose",
                        "action",
                        "save",
                        "_csrf",
                        csrf));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("There are 2 problems with this form:")
                .contains("Title must be 1 to 120 characters.")
                .contains("Minutes per question must be between 1 and 120.")
                .contains("aria-invalid=\"true\" aria-describedby=\"title-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"minutesPerQuestion-error\"")
                .contains("bank:cdn-purpose");

        var saved = browser.postForm(
                "/hiring/kits",
                Http.form(
                        "title",
                        "Caching kit",
                        "role",
                        "Backend engineer",
                        "level",
                        "experienced",
                        "minutesPerQuestion",
                        "15",
                        "attributes",
                        "Caching\nCommunication",
                        "items",
                        "bank:cdn-purpose",
                        "action",
                        "save",
                        "_csrf",
                        csrf));
        assertThat(saved.status()).isEqualTo(302);
        String kit = saved.header("Location").replaceAll("^https?://[^/]+", "");
        var page = browser.getPage(kit);
        assertThat(page.body())
                .contains("Caching kit")
                .contains("version 1 of 1")
                .contains("15 min each");
        var print = browser.getPage(kit + "/print");
        assertThat(print.status()).isEqualTo(200);
        assertThat(print.body())
                .contains("Key points")
                .contains("Common mistakes to listen for")
                .contains("Overall recommendation")
                .contains("print-page");

        var picker = browser.getPage("/hiring/kits/picker?q=stampede&items=bank%3Acdn-purpose");
        assertThat(picker.body()).contains("bank:cache-stampede-prevention").doesNotContain("bank:cdn-purpose");
    }

    @Test
    void aScorecardIsDraftedCheckedSubmittedAndAmendedWithPlainForms() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        Http browser = signedIn(owner);
        var kitPage = browser.getPage("/hiring/kits/" + kit);
        var opened = browser.postForm(
                "/hiring/kits/" + kit + "/scorecards",
                Http.form("candidateId", "", "newCandidate", "Katherine <b>Johnson</b>", "_csrf", kitPage.csrf()));
        assertThat(opened.status()).isEqualTo(302);
        String card = opened.header("Location").replaceAll("^https?://[^/]+", "");
        var form = browser.getPage(card);
        assertThat(form.body())
                .contains("Katherine &lt;b&gt;Johnson&lt;/b&gt;")
                .contains("name=\"covered.1\"")
                .contains("Common mistakes to listen for")
                .contains("In fact:");

        var suggested = browser.postForm(
                card,
                Http.form(
                        "transcript.1",
                        "REST uses resources identified by URLs and HTTP methods; JSON is the usual"
                                + " representation, and responses carry status codes.",
                        "action",
                        "suggest.1",
                        "_csrf",
                        form.csrf()));
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.body()).contains("evaluator:");

        var incomplete = browser.postForm(
                card,
                Http.form(
                        "covered.1",
                        "0",
                        "rating.0",
                        "YES",
                        "recommendation",
                        "YES",
                        "action",
                        "submit",
                        "_csrf",
                        form.csrf()));
        assertThat(incomplete.status()).isEqualTo(400);
        // Every gap at once, each beside its rating; what was typed is kept as a draft.
        assertThat(incomplete.body())
                .contains("There are 3 problems with this form:")
                .contains("Give a reason for your rating of API design.")
                .contains("Rate Communication (strong no to strong yes) before submitting.")
                .contains("Give a reason for your rating of Communication.")
                .contains("id=\"reason.0-error\"")
                .contains("id=\"rating.1-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"reason.0-error\"")
                .contains("Draft saved. To submit it, complete what is marked below.");

        var submitted = browser.postForm(
                card,
                Http.form(
                        "covered.1",
                        "0",
                        "notes.1",
                        "Good",
                        "rating.0",
                        "YES",
                        "reason.0",
                        "Clear resources",
                        "rating.1",
                        "STRONG_YES",
                        "reason.1",
                        "Explains well",
                        "recommendation",
                        "YES",
                        "action",
                        "submit",
                        "_csrf",
                        form.csrf()));
        assertThat(submitted.status()).isEqualTo(302);
        var view = browser.getPage(card);
        assertThat(view.body())
                .contains("Submitted.")
                .contains("Clear resources")
                .doesNotContain("name=\"covered.1\"");

        var amended =
                browser.postForm(card + "/amendments", Http.form("text", "Checked references", "_csrf", view.csrf()));
        assertThat(amended.status()).isEqualTo(302);
        assertThat(browser.getPage(card).body()).contains("Checked references");
        var changed = browser.postForm(
                card, Http.form("rating.0", "NO", "reason.0", "x", "action", "save", "_csrf", view.csrf()));
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.body()).contains("cannot change");
        assertThat(view.body()).as("no discard button on a submitted scorecard").doesNotContain("/discard");
    }

    @Test
    void aCustomQuestionShowsEveryProblemAtOnceBesideItsField() {
        Person owner = hiring.owner();
        Http browser = signedIn(owner);
        var page = browser.getPage("/hiring/questions");

        var refused = browser.postForm(
                "/hiring/questions",
                Http.form(
                        "title",
                        "",
                        "keyPoints",
                        " ",
                        "followUps",
                        "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk",
                        "referenceAnswer",
                        "kept as typed",
                        "_csrf",
                        page.csrf()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("There are 3 problems with this form:")
                .contains("Title must be 1 to 500 characters.")
                .contains("Key points must list 1 to 12 key points.")
                .contains("Follow-ups must list at most 10 entries.")
                .contains("aria-invalid=\"true\" aria-describedby=\"title-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"keyPoints-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"followUps-error\"")
                .contains("kept as typed");

        var added = browser.postForm(
                "/hiring/questions",
                Http.form("title", "Idempotent retries?", "keyPoints", "keys\nbackoff", "_csrf", page.csrf()));
        assertThat(added.status()).isEqualTo(302);
        String list = browser.getPage("/hiring/questions").body();
        int at = list.indexOf("/hiring/questions/", list.indexOf("Custom questions</h1>"));
        String link = list.substring(at, list.indexOf('"', at));
        var edit = browser.getPage(link);
        assertThat(edit.body()).contains("value=\"Idempotent retries?\"");

        var edited = browser.postForm(
                link, Http.form("title", " ", "keyPoints", "", "followUps", "why", "_csrf", edit.csrf()));
        assertThat(edited.status()).isEqualTo(400);
        assertThat(edited.body())
                .contains("There are 2 problems with this form:")
                .contains("aria-invalid=\"true\" aria-describedby=\"title-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"keyPoints-error\"")
                .contains(">why</textarea>");
    }

    @Test
    void aDraftIsDiscardedFromItsPage() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Radia");
        long card = hiring.scorecard(owner, kit, candidate);
        Http browser = signedIn(owner);
        var page = browser.getPage("/hiring/scorecards/" + card);
        assertThat(page.body()).contains("/hiring/scorecards/" + card + "/discard");

        var discarded = browser.postForm("/hiring/scorecards/" + card + "/discard", Http.form("_csrf", page.csrf()));

        assertThat(discarded.status()).isEqualTo(302);
        assertThat(discarded.header("Location")).endsWith("/hiring/candidates/" + candidate);
        assertThat(browser.getPage("/hiring/candidates/" + candidate).body())
                .contains("Your draft scorecard was discarded.");
        assertThat(browser.getPage("/hiring/scorecards/" + card).status()).isEqualTo(404);
    }

    @Test
    void aKitOfAnotherOfOnesOrganisationsOffersThatOrganisationsCandidates() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        hiring.candidate(owner, "First org candidate");
        hiring.organisation(owner, "Second org");
        hiring.candidate(owner, "Second org candidate");
        Http browser = signedIn(owner);

        var page = browser.getPage("/hiring/kits/" + kit);
        assertThat(page.body()).contains("First org candidate").doesNotContain("Second org candidate");
        var opened = browser.postForm(
                "/hiring/kits/" + kit + "/scorecards", Http.form("newCandidate", "Walk-in", "_csrf", page.csrf()));
        assertThat(opened.status()).isEqualTo(302);
        assertThat(browser.getPage("/hiring/kits/" + kit).body()).contains("Walk-in");
    }

    @Test
    void theOwnerProposesEditsAndSavesAnchorsAndTheScorecardShowsThemWithItsComputedScore() {
        Person owner = hiring.owner();
        var created = owner.api(port).post("/api/v1/kits", Hiring.KIT.formatted(""));
        long kit = created.json().get("id").asLong();
        Http browser = signedIn(owner);
        String csrf = browser.getPage("/hiring/kits/" + kit + "/edit").csrf();
        java.util.function.BiFunction<String, String, java.util.Map<String, String>> fields =
                (anchors, weights) -> Http.form(
                        "title",
                        "Anchored",
                        "role",
                        "Backend engineer",
                        "level",
                        "intermediate",
                        "minutesPerQuestion",
                        "10",
                        "attributes",
                        "API design\nCommunication",
                        "items",
                        "bank:rest-and-json",
                        "anchors",
                        anchors,
                        "weights",
                        weights,
                        "action",
                        "save",
                        "_csrf",
                        csrf);

        var proposeFields = new java.util.HashMap<>(fields.apply("", ""));
        proposeFields.put("action", "propose");
        var proposed = browser.postForm("/hiring/kits/" + kit, proposeFields);
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.body())
                .contains("API design\n1: API design: covers few")
                .contains("4: Communication:");

        String anchors = "API design\n1: Guesses at endpoints\n2: Names resources\n3: Designs resources and errors\n"
                + "4: Designs, versions and explains trade-offs\n";
        var zero = browser.postForm("/hiring/kits/" + kit, fields.apply(anchors, "API design: 0\nCommunication: 0"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("must not all be 0").contains("Guesses at endpoints");
        var gap =
                browser.postForm("/hiring/kits/" + kit, fields.apply(anchors.replace("2: Names resources\n", ""), ""));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.body()).contains("an anchor for each rating 1 to 4");

        var saved = browser.postForm("/hiring/kits/" + kit, fields.apply(anchors, "API design: 3"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(browser.getPage("/hiring/kits/" + kit + "/edit").body())
                .contains("3: Designs resources and errors")
                .contains("API design: 3\nCommunication: 1");

        long candidate = hiring.candidate(owner, "Grace");
        long card = hiring.scorecard(owner, kit, candidate);
        assertThat(browser.getPage("/hiring/scorecards/" + card).body())
                .contains("Anchors for API design")
                .contains("Names resources")
                .contains("Designs, versions and explains trade-offs");
        var submitted = owner.api(port).put("/api/v1/scorecards/" + card, """
                {"ratings":[{"attribute":"API design","rating":"NO","reason":"r"},
                            {"attribute":"Communication","rating":"STRONG_NO","reason":"r"}],"recommendation":"STRONG_YES"}""");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(owner.api(port)
                        .post("/api/v1/scorecards/" + card + "/submit", "")
                        .status())
                .isEqualTo(200);
        assertThat(browser.getPage("/hiring/scorecards/" + card).body())
                .contains("Computed score:")
                .contains("1.8 of 4")
                .contains("(Names resources)")
                .contains("a point or more from the computed score");
        assertThat(browser.getPage("/hiring/kits/" + kit + "/comparison").body())
                .contains("1.8 of 4")
                .contains("Strong yes with a computed 1.8 of 4");
    }

    private Http signedIn(Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }
}
