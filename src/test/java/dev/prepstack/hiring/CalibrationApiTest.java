package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The calibration figures through the API: from drills and real panels, owners' and members' views, habits. */
@IntegrationTest
class CalibrationApiTest {

    @LocalServerPort
    int port;

    Hiring hiring;

    @BeforeEach
    void fixtures() {
        hiring = new Hiring(port);
    }

    @Test
    void ownersSeeAgreementSeverityAndHabitsAndMembersOnlyTheirOwn() {
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long drill = owner.api(port)
                .post("/api/v1/drills", DrillApiTest.drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        owner.api(port).post("/api/v1/drills/" + drill + "/ratings", DrillApiTest.ratings(4, 3, 1));
        member.api(port).post("/api/v1/drills/" + drill + "/ratings", DrillApiTest.ratings(3, 2, 1));
        long candidate = hiring.candidate(owner, "Grace");
        long card = hiring.submitted(owner, kit, candidate, "STRONG_YES");
        hiring.submitted(member, kit, candidate, "NO");
        owner.api(port).post("/api/v1/scorecards/" + card + "/amendments", "{\"text\":\"Checked references\"}");

        JsonNode report = owner.api(port).get("/api/v1/calibration").json();
        JsonNode drills = report.get("drills");
        assertThat(drills.get("attributes")).hasSize(2);
        assertThat(drills.get("overall").get("ratings").asInt()).isEqualTo(12);
        assertThat(drills.get("overall").get("iccJudges").asInt()).isEqualTo(2);
        assertThat(drills.get("overall").get("alpha").isNumber()).isTrue();
        assertThat(drills.get("overall").get("note").asString()).isEmpty();
        assertThat(drills.get("quarters")).hasSize(1);
        JsonNode panels = report.get("scorecards").get("overall");
        assertThat(panels.get("ratings").asInt()).isEqualTo(4);
        assertThat(panels.get("note").asString()).contains("too few ratings");

        JsonNode interviewers = report.get("interviewers");
        assertThat(interviewers).hasSize(2);
        JsonNode me = interviewers.get(0);
        assertThat(me.get("accountId").asLong()).isEqualTo(owner.id());
        assertThat(me.get("drills").get("severity").asDouble()).isEqualTo(0.667);
        assertThat(me.get("habits").get("submitted").asInt()).isEqualTo(1);
        assertThat(me.get("habits").get("reasonShare").asDouble()).isEqualTo(1.0);
        assertThat(me.get("habits").get("amendments").asInt()).isEqualTo(1);
        assertThat(me.get("habits").get("keyPoints").asInt()).isEqualTo(15);
        assertThat(me.get("habits").get("keyPointShare").asDouble())
                .as("3 of the kit's 15 key points ticked")
                .isEqualTo(0.2);
        assertThat(me.get("habits").get("medianHoursToSubmit").isNumber()).isTrue();

        JsonNode own = member.api(port).get("/api/v1/calibration").json();
        assertThat(own.get("owner").asBoolean()).isFalse();
        assertThat(own.get("drills").isNull()).isTrue();
        assertThat(own.get("interviewers")).hasSize(1);
        assertThat(own.get("interviewers").get(0).get("accountId").asLong()).isEqualTo(member.id());
        assertThat(own.get("interviewers").get(0).get("drills").get("severity").asDouble())
                .isEqualTo(-0.667);
    }
}
