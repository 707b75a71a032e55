package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.People;
import dev.prepstack.support.People.Person;
import dev.prepstack.support.Postgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Hiring storage on PostgreSQL: racing invites and kit edits, and an interviewer's account deletion. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prepstack.embedding.enabled=false"})
@ActiveProfiles({"test", "postgres"})
class PostgresHiringTest {

    static String schema;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        schema = Postgres.useNewSchema(registry, "prepstack_hiring");
    }

    @AfterAll
    static void drop() {
        Postgres.dropSchema(schema);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sixPeopleRacingForOneInviteLeaveExactlyOneNewMember() throws Exception {
        Hiring hiring = new Hiring(port);
        Person owner = hiring.owner();
        String token = hiring.invite(owner);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(People.aCandidate(port));
        }

        List<Integer> statuses = race(
                people.size(),
                i -> people.get(i)
                        .api(port)
                        .post("/api/v1/invites/" + token + "/accept", "")
                        .status());

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses.stream().filter(s -> s == 404)).hasSize(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hiring_member WHERE organisation_id = ?")
                        .param(hiring.currentOrganisation(owner))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void concurrentEditsOfOneKitGetOneVersionNumberEach() throws Exception {
        Hiring hiring = new Hiring(port);
        Person owner = hiring.owner();
        long kit = hiring.kit(owner);

        List<Integer> statuses = race(
                6,
                i -> owner.api(port)
                        .put("/api/v1/kits/" + kit, Hiring.KIT.formatted(""))
                        .status());

        assertThat(statuses).containsOnly(200);
        assertThat(jdbc.sql("SELECT version FROM hiring_kit_version WHERE kit_id = ? ORDER BY version")
                        .param(kit)
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(owner.api(port)
                        .get("/api/v1/kits/" + kit)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void aDeletedInterviewersSubmittedScorecardStaysAsAFormerMembersAndTheirDraftsGo() {
        Hiring hiring = new Hiring(port);
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long candidate = hiring.candidate(owner, "Edsger");
        long submitted = hiring.submitted(member, kit, candidate, "YES");
        long draft = hiring.scorecard(member, kit, hiring.candidate(owner, "Barbara"));
        hiring.submitted(owner, kit, candidate, "NO");

        assertThat(member.deleteAccount(port).status()).isEqualTo(204);

        assertThat(owner.api(port)
                        .get("/api/v1/scorecards/" + submitted)
                        .json()
                        .get("interviewer")
                        .asString())
                .isEqualTo("former member");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hiring_scorecard WHERE id = ?")
                        .param(draft)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(owner.api(port).delete("/api/v1/candidates/" + candidate).status())
                .isEqualTo(204);
        assertThat(owner.api(port).get("/api/v1/scorecards/" + submitted).status())
                .isEqualTo(404);
    }

    @Test
    void oneRaterSubmittingADrillSixTimesAtOnceIsCountedOnceAndCalibrationReadsItOnPostgres() throws Exception {
        Hiring hiring = new Hiring(port);
        Person owner = hiring.owner();
        Person member = hiring.member(owner);
        long kit = hiring.kit(owner);
        long drill = owner.api(port)
                .post("/api/v1/drills", DrillApiTest.drill(kit, 3))
                .json()
                .get("id")
                .asLong();
        owner.api(port).post("/api/v1/drills/" + drill + "/ratings", DrillApiTest.ratings(4, 2, 1));

        List<Integer> statuses = race(
                6,
                i -> member.api(port)
                        .post("/api/v1/drills/" + drill + "/ratings", DrillApiTest.ratings(3, 2, 1))
                        .status());

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses.stream().filter(s -> s == 400)).hasSize(5);
        var overall =
                owner.api(port).get("/api/v1/calibration").json().get("drills").get("overall");
        assertThat(overall.get("ratings").asInt()).isEqualTo(12);
        assertThat(overall.get("iccTargets").asInt()).isEqualTo(6);

        assertThat(member.deleteAccount(port).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hiring_drill_submission WHERE drill_id = ? AND rater_id IS NULL")
                        .param(drill)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static List<Integer> race(int n, java.util.function.IntFunction<Integer> call) throws Exception {
        var barrier = new CyclicBarrier(n);
        try (var pool = Executors.newFixedThreadPool(n)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    barrier.await();
                    return call.apply(index);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        }
    }
}
