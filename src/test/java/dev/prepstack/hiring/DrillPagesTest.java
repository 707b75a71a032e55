package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People.Person;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Drills and the calibration page with plain forms (no JavaScript), sessions and CSRF. */
@IntegrationTest
class DrillPagesTest {

    @LocalServerPort
    int port;

    Hiring hiring;

    @BeforeEach
    void fixtures() {
        hiring = new Hiring(port);
    }

    @Test
    void anOwnerCreatesADrillWithFormsAndTooFewAnswersGetAFriendlyMessageKeepingWhatWasTyped() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        Http browser = signedIn(owner);
        var form = browser.getPage("/hiring/drills/new?kit=" + kit);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Answer 8");

        // Both problems at once, each beside its field.
        var tooFew = browser.postForm(
                "/hiring/drills",
                Http.form(
                        "kitId",
                        "" + kit,
                        "position",
                        "2",
                        "title",
                        "t".repeat(121),
                        "answer.1",
                        "Only one answer typed",
                        "_csrf",
                        form.csrf()));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.body())
                .contains("There are 2 problems with this form:")
                .contains("Title must be 1 to 120 characters.")
                .contains("Answers a drill needs 3 to 8 recorded answers")
                .contains("aria-invalid=\"true\" aria-describedby=\"title-error\"")
                .contains("id=\"answers-error\"")
                .contains("aria-invalid=\"true\"></textarea>")
                .contains("Only one answer typed");

        var created = browser.postForm(
                "/hiring/drills",
                Http.form(
                        "kitId",
                        "" + kit,
                        "position",
                        "2",
                        "title",
                        "Indexing drill",
                        "answer.1",
                        "B-tree on the key",
                        "answer.3",
                        "Hash index",
                        "answer.5",
                        "No index, scan",
                        "_csrf",
                        form.csrf()));
        assertThat(created.status()).isEqualTo(302);
        var drill = browser.getPage(created.header("Location"));
        assertThat(drill.body())
                .contains("Indexing drill")
                .contains("Submit my ratings")
                .contains("No index, scan");
        assertThat(browser.getPage("/hiring/drills").body())
                .contains("Indexing drill")
                .contains("not rated yet")
                .contains("Create a drill");
    }

    @Test
    void ratingsSubmittedByFormOpenTheSpreadAndAnIncompleteFormIsRefusedKeepingTheRatings() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long id = owner.api(port)
                .post("/api/v1/drills", DrillApiTest.drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        owner.api(port).post("/api/v1/drills/" + id + "/ratings", DrillApiTest.ratings(4, 2, 1));
        Http browser = signedIn(member);
        String path = "/hiring/drills/" + id;
        var page = browser.getPage(path);
        assertThat(page.body()).contains("Others' ratings stay hidden").doesNotContain("Because of answer");

        Map<String, String> fields = new LinkedHashMap<>();
        for (int a = 1; a <= 3; a++) {
            for (int i = 0; i < 2; i++) {
                fields.put("rating." + a + "." + i, "" + (a == 3 ? 1 : 3));
                fields.put("reason." + a + "." + i, "Member reason " + a + "." + i);
            }
        }
        fields.put("reason.3.1", "");
        fields.put("_csrf", page.csrf());
        var incomplete = browser.postForm(path + "/ratings", fields);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("give a reason for every rating").contains("Member reason 2.1");

        fields.put("reason.3.1", "Member reason 3.1");
        assertThat(browser.postForm(path + "/ratings", fields).status()).isEqualTo(302);
        var results = browser.getPage(path);
        assertThat(results.body())
                .contains("Ratings submitted.")
                .contains("How answer 1 was rated")
                .contains("0 / 0 / 1 / 1")
                .contains("Because of answer 1")
                .doesNotContain("Submit my ratings");

        var calibration = browser.getPage("/hiring/calibration");
        assertThat(calibration.status()).isEqualTo(200);
        assertThat(calibration.body()).contains("Your figures").doesNotContain("Agreement in calibration drills");
        var ownerView = signedIn(owner).getPage("/hiring/calibration");
        assertThat(ownerView.body()).contains("Agreement in calibration drills").contains("too few ratings");
    }

    @Test
    void anotherOrganisationsDrillPagesAreNotFoundAndAMemberCannotCreateOrDebrief() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long id = owner.api(port)
                .post("/api/v1/drills", DrillApiTest.drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        String path = "/hiring/drills/" + id;

        Http outsider = signedIn(hiring.owner());
        var home = outsider.getPage("/hiring");
        assertThat(outsider.getPage(path).status()).isEqualTo(404);
        assertThat(outsider.postForm(path + "/ratings", Http.form("rating.1.0", "4", "_csrf", home.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(outsider.postForm(path + "/debrief", Http.form("discussion", "x", "_csrf", home.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(outsider.getPage("/hiring/drills").body()).doesNotContain("REST drill");

        Http colleague = signedIn(member);
        assertThat(colleague.getPage("/hiring/drills").body())
                .as("members are not offered what they may not do")
                .contains("REST drill")
                .doesNotContain("Create a drill")
                .contains("owners create drills");
        var page = colleague.getPage(path);
        assertThat(page.body()).doesNotContain("Reference ratings and discussion (owners)");
        assertThat(colleague
                        .postForm(path + "/debrief", Http.form("discussion", "mine", "_csrf", page.csrf()))
                        .status())
                .isEqualTo(403);
        var created = colleague.postForm(
                "/hiring/drills",
                Http.form(
                        "kitId",
                        "" + kit,
                        "position",
                        "1",
                        "answer.1",
                        "a",
                        "answer.2",
                        "b",
                        "answer.3",
                        "c",
                        "_csrf",
                        page.csrf()));
        assertThat(created.status()).isEqualTo(403);
    }

    private Http signedIn(Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }
}
