package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Calibration drills through the API: creation rules, the blind rule, organisation walls, export and deletion. */
@IntegrationTest
class DrillApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Hiring hiring;

    @BeforeEach
    void fixtures() {
        hiring = new Hiring(port);
    }

    static String drill(long kit, int answers) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= answers; i++) {
            texts.add("\"Recorded answer " + i + ": resources, verbs and status codes\"");
        }
        return "{\"kitId\":" + kit + ",\"position\":1,\"title\":\"REST drill\",\"answers\":[" + String.join(",", texts)
                + "]}";
    }

    /** Ratings of every answer on both attributes of the fixture kit: {@code values[answer-1]} for both. */
    static String ratings(int... values) {
        List<String> out = new ArrayList<>();
        for (int a = 1; a <= values.length; a++) {
            for (String attribute : List.of("API design", "Communication")) {
                out.add("{\"answer\":" + a + ",\"attribute\":\"" + attribute + "\",\"rating\":" + values[a - 1]
                        + ",\"reason\":\"Because of answer " + a + "\"}");
            }
        }
        return "{\"ratings\":[" + String.join(",", out) + "]}";
    }

    @Test
    void aDrillNeedsThreeToEightAnswersAndOnlyOwnersCreateOne() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);

        for (int answers : new int[] {1, 2, 9}) {
            var refused = owner.api(port).post("/api/v1/drills", drill(kit, answers));
            assertThat(refused.status()).as(answers + " answers").isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("parameter").asString()).isEqualTo("answers");
        }
        var noQuestion =
                owner.api(port).post("/api/v1/drills", drill(kit, 3).replace("\"position\":1", "\"position\":9"));
        assertThat(noQuestion.status()).isEqualTo(400);
        assertThat(member.api(port).post("/api/v1/drills", drill(kit, 3)).status())
                .isEqualTo(403);

        var created = owner.api(port).post("/api/v1/drills", drill(kit, 8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("answers").size()).isEqualTo(8);
        assertThat(created.json().get("attributes").toString()).contains("API design");
        assertThat(member.api(port).get("/api/v1/drills").body()).contains("REST drill");
    }

    @Test
    void ratingsStayHiddenUntilYouSubmitYoursAndAreCheckedLikeAScorecard() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long id = owner.api(port)
                .post("/api/v1/drills", drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        String path = "/api/v1/drills/" + id;

        assertThat(owner.api(port).post(path + "/ratings", ratings(4, 3, 1)).status())
                .isEqualTo(201);
        var debrief = owner.api(port).put(path + "/debrief", """
                {"reference":[{"answer":1,"attribute":"API design","rating":4,"reason":"Names resources well"}],
                 "discussion":"Answer 3 skips status codes entirely"}""");
        assertThat(debrief.status()).as(debrief.body()).isEqualTo(200);
        assertThat(member.api(port)
                        .put(path + "/debrief", "{\"discussion\":\"mine\"}")
                        .status())
                .isEqualTo(403);

        JsonNode blind = member.api(port).get(path).json();
        assertThat(blind.get("submissions").asInt()).isEqualTo(1);
        assertThat(blind.get("results").isNull()).isTrue();
        assertThat(blind.get("reference").size()).isZero();
        assertThat(blind.get("discussion").isNull()).isTrue();
        assertThat(blind.toString()).doesNotContain("Because of answer");

        for (String bad : new String[] {
            ratings(5, 3, 1),
            ratings(0, 3, 1),
            ratings(4, 3),
            ratings(4, 3, 1).replace("\"reason\":\"Because of answer 2\"", "\"reason\":\"\""),
            ratings(4, 3, 1, 2)
        }) {
            var refused = member.api(port).post(path + "/ratings", bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("parameter").asString()).isEqualTo("ratings");
        }
        var rated = member.api(port).post(path + "/ratings", ratings(3, 3, 2));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        JsonNode open = rated.json();
        assertThat(open.get("results").get("raters").size()).isEqualTo(2);
        JsonNode first = open.get("results").get("spread").get(0);
        assertThat(first.get("answer").asInt()).isEqualTo(1);
        assertThat(first.get("counts").toString()).isEqualTo("[0,0,1,1]");
        assertThat(first.get("mean").asDouble()).isEqualTo(3.5);
        assertThat(open.get("reference").get(0).get("rating").asInt()).isEqualTo(4);
        assertThat(open.get("discussion").asString()).contains("status codes");

        var again = member.api(port).post(path + "/ratings", ratings(1, 1, 1));
        assertThat(again.status()).as("ratings never change").isEqualTo(400);
    }

    @Test
    void anotherOrganisationsDrillIsNotFoundAndItsCalibrationIsItsOwn() {
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);
        long id = owner.api(port)
                .post("/api/v1/drills", drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        owner.api(port).post("/api/v1/drills/" + id + "/ratings", ratings(4, 3, 1));
        Http outsider = hiring.owner().api(port);

        assertThat(outsider.get("/api/v1/drills/" + id).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/drills/" + id + "/ratings", ratings(4, 3, 1))
                        .status())
                .isEqualTo(404);
        assertThat(outsider.put("/api/v1/drills/" + id + "/debrief", "{\"discussion\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(outsider.post("/api/v1/drills", drill(kit, 3)).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/drills").body()).doesNotContain("REST drill");
        JsonNode theirs = outsider.get("/api/v1/calibration").json();
        assertThat(theirs.get("drills").get("overall").get("ratings").asInt()).isZero();
    }

    @Test
    void drillsAndRatingsAreExportedAndKeptAsAFormerMembersWhenTheAccountIsDeleted() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long id = owner.api(port)
                .post("/api/v1/drills", drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        member.api(port).post("/api/v1/drills/" + id + "/ratings", ratings(2, 2, 2));

        JsonNode ownerExport = owner.api(port).get("/api/v1/me/export").json().get("hiring");
        assertThat(ownerExport.get("drillsAuthored").get(0).get("answers").size())
                .isEqualTo(3);
        JsonNode export = member.api(port).get("/api/v1/me/export").json().get("hiring");
        assertThat(export.get("drillRatings").get(0).get("ratings").size()).isEqualTo(6);

        assertThat(member.deleteAccount(port).status()).isEqualTo(204);

        owner.api(port).post("/api/v1/drills/" + id + "/ratings", ratings(3, 3, 3));
        JsonNode drill = owner.api(port).get("/api/v1/drills/" + id).json();
        assertThat(drill.get("results").get("raters").get(0).get("name").asString())
                .isEqualTo("former member");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hiring_drill_submission WHERE drill_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
