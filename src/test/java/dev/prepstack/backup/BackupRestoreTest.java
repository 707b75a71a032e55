package dev.prepstack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.practice.GeneratedHistory;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A backup of the embedded H2 installation restores into an empty PostgreSQL one, and everything
 * people made is there: accounts, reviews, notes, saved feedback, fitted FSRS parameters.
 */
@IntegrationTest
class BackupRestoreTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aBackupOfH2RestoresIntoAnEmptyPostgresWithEveryonesData() {
        Postgres.assumeReachable();
        var person = People.aCandidate(port);
        var api = person.api(port);
        for (String slug : new String[] {"cap-theorem", "rest-and-json", "relational-vs-nosql"}) {
            assertThat(api.post("/api/v1/practice/reviews", "{\"questionSlug\":\"" + slug + "\",\"rating\":\"good\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.post(
                                "/api/v1/feedback",
                                "{\"questionSlug\":\"cap-theorem\",\"answer\":\"Under a partition you pick consistency or availability.\",\"save\":true}")
                        .status())
                .isEqualTo(200);

        // A suggested change of a question (issue 25): pending, with the reader's private note.
        var suggested = api.post(
                "/api/v1/suggestions",
                "{\"questionSlug\":\"rest-and-json\",\"kind\":\"unclear\",\"title\":\"What is JSON, and why do REST"
                        + " APIs use it?\",\"summary\":\"Restored suggestion summary.\",\"keyPoints\":[\"One point\"],"
                        + "\"answerMarkdown\":\"Short.\",\"note\":\"Restored suggestion note\"}");
        assertThat(suggested.status()).as(suggested.body()).isEqualTo(201);

        String interviewOn =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString();
        var plan = api.post(
                "/api/v1/practice/plans",
                "{\"title\":\"Restored plan\",\"interviewOn\":\"" + interviewOn
                        + "\",\"topics\":[\"caching\"],\"minutesPerDay\":45}");
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        assertThat(api.put("/api/v1/practice/settings", "{\"loadBalancing\":true}")
                        .status())
                .isEqualTo(200);

        var interview = api.post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"cap-theorem\"]}");
        assertThat(interview.status()).isEqualTo(201);
        long interviewId = interview.json().get("id").asLong();
        assertThat(api.put(
                                "/api/v1/mock-interviews/" + interviewId + "/answers/cap-theorem",
                                "{\"answer\":\"Partitions force a choice.\",\"revision\":3}")
                        .status())
                .isEqualTo(200);
        // A follow-up answer, scored when the interview finishes: its score must come along too.
        api.get("/api/v1/mock-interviews/" + interviewId);
        assertThat(api.put(
                                "/api/v1/mock-interviews/" + interviewId + "/answers/cap-theorem",
                                "{\"answer\":\"Carts can be AP, seat bookings CP.\",\"revision\":1,\"followUp\":1}")
                        .status())
                .isEqualTo(200);
        var finished = api.post("/api/v1/mock-interviews/" + interviewId + "/finish", "");
        assertThat(finished.status()).isEqualTo(200);
        var followUpBefore =
                finished.json().get("questions").get(0).get("followUps").get(0);
        assertThat(followUpBefore.get("status").asString()).isEqualTo("scored");

        // Own questions (issue 26), practised once.
        var own = api.post(
                "/api/v1/me/questions",
                "{\"title\":\"Restored own question?\",\"answer\":\"Restored answer.\",\"keyPoints\":[\"Restored point\"]}");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        long ownId = own.json().get("id").asLong();
        assertThat(api.post("/api/v1/me/questions/" + ownId + "/reviews", "{\"rating\":\"good\"}")
                        .status())
                .isEqualTo(200);

        // Someone with their own memory model (FSRS parameters fitted to their reviews).
        var modelled = People.aCandidate(port);
        GeneratedHistory.postTo(modelled.api(port));
        assertThat(modelled.api(port)
                        .post("/api/v1/practice/parameters/optimise", "")
                        .status())
                .isEqualTo(200);
        String modelledParameters = modelled.api(port)
                .get("/api/v1/practice/parameters")
                .json()
                .get("parameters")
                .toString();

        var hiring = new dev.prepstack.hiring.Hiring(port);
        var interviewer = hiring.owner();
        long kit = hiring.kit(interviewer);
        long candidate = hiring.candidate(interviewer, "Ada Restored");
        long scorecard = hiring.submitted(interviewer, kit, candidate, "STRONG_YES");
        // Anchors (a new kit version) and a calibration drill with ratings: issue 24's data comes along too.
        var anchored = interviewer
                .api(port)
                .put(
                        "/api/v1/kits/" + kit,
                        dev.prepstack.hiring.Hiring.KIT
                                .formatted("")
                                .replaceFirst(
                                        "\\}\\s*$",
                                        ",\"anchors\":{\"API design\":[\"Restored anchor one\",\"Two\",\"Three\",\"Four\"]}}"));
        assertThat(anchored.status()).as(anchored.body()).isEqualTo(200);
        var drill = interviewer
                .api(port)
                .post(
                        "/api/v1/drills",
                        "{\"kitId\":" + kit + ",\"position\":1,\"title\":\"Restored drill\","
                                + "\"answers\":[\"First\",\"Second\",\"Third\"]}");
        assertThat(drill.status()).as(drill.body()).isEqualTo(201);
        long drillId = drill.json().get("id").asLong();
        StringBuilder drillRatings = new StringBuilder("{\"ratings\":[");
        for (int a = 1; a <= 3; a++) {
            for (String attribute : new String[] {"API design", "Communication"}) {
                drillRatings
                        .append(a == 1 && attribute.equals("API design") ? "" : ",")
                        .append("{\"answer\":" + a + ",\"attribute\":\"" + attribute + "\",\"rating\":" + a
                                + ",\"reason\":\"Restored reason " + a + "\"}");
            }
        }
        assertThat(interviewer
                        .api(port)
                        .post("/api/v1/drills/" + drillId + "/ratings", drillRatings + "]}")
                        .status())
                .isEqualTo(201);

        // A bank row the target's own sync did not write: its in-memory catalog must take the backup's.
        String title = "CAP theorem, as the backup has it";
        String originalTitle = jdbc.sql("SELECT title FROM question WHERE slug = 'cap-theorem'")
                .query(String.class)
                .single();
        jdbc.sql("UPDATE question SET title = ? WHERE slug = 'cap-theorem'")
                .param(title)
                .update();
        var admin = People.theAdmin(port);
        var backup = admin.api(port).send("GET", "/api/v1/admin/backup", null, null, "application/json");
        jdbc.sql("UPDATE question SET title = ? WHERE slug = 'cap-theorem'")
                .param(originalTitle)
                .update();
        assertThat(backup.status()).isEqualTo(200);
        assertThat(backup.header("Content-Disposition")).contains("prepstack-backup-");
        assertThat(backup.json().get("format").asString()).isEqualTo("prepstack-backup");

        String schema = Postgres.newSchema("prepstack_restore");
        try (ConfigurableApplicationContext target = new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(Postgres.nodeArguments(schema, "--server.port=0", "--prepstack.embedding.enabled=false"))) {
            int targetPort = Integer.parseInt(target.getEnvironment().getProperty("local.server.port"));
            var targetAdmin = new Http(targetPort)
                    .withToken(People.tokenFor(targetPort, People.ADMIN_EMAIL, People.ADMIN_PASSWORD));
            assertThat(targetAdmin.get("/api/v1/progress").status()).isEqualTo(200);

            var unconfirmed = targetAdmin.send(
                    "POST", "/api/v1/admin/restore", backup.body(), "application/json", "application/json");
            assertThat(unconfirmed.status()).isEqualTo(400);
            assertThat(unconfirmed.json().get("parameter").asString()).isEqualTo("confirm");

            var wrongVersion = targetAdmin.send(
                    "POST",
                    "/api/v1/admin/restore?confirm=replace-all-data",
                    backup.body().replaceFirst("\"schemaVersion\":\"[^\"]+\"", "\"schemaVersion\":\"1\""),
                    "application/json",
                    "application/json");
            assertThat(wrongVersion.status()).isEqualTo(400);
            assertThat(wrongVersion.json().get("detail").asString()).contains("schema version 1");

            var restored = targetAdmin.send(
                    "POST",
                    "/api/v1/admin/restore?confirm=replace-all-data",
                    backup.body(),
                    "application/json",
                    "application/json");
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("rows").get("account").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(new Http(targetPort)
                            .get("/api/v1/questions/cap-theorem")
                            .json()
                            .get("title")
                            .asString())
                    .as("the catalog is read again right after the restore, not at its next poll")
                    .isEqualTo(title);

            var again = new Http(targetPort).withToken(People.tokenFor(targetPort, person.email(), person.password()));
            assertThat(again.get("/api/v1/progress").json().get("totalReviews").asLong())
                    .isEqualTo(3);
            String after = again.get("/api/v1/me/export").body();
            assertThat(after).contains(person.email()).contains("Under a partition you pick consistency");
            assertThat(after).contains("Restored suggestion note");
            var restoredPlan =
                    again.get("/api/v1/practice/plans/" + plan.json().get("id").asLong());
            assertThat(restoredPlan.status()).isEqualTo(200);
            assertThat(restoredPlan.json().get("interviewOn").asString()).isEqualTo(interviewOn);
            assertThat(restoredPlan.json().get("minutesPerDay").asInt()).isEqualTo(45);
            assertThat(after).contains("\"interviewPlans\"").contains("Restored plan");
            assertThat(again.get("/api/v1/practice/settings")
                            .json()
                            .get("loadBalancing")
                            .asBoolean())
                    .as("the load-balancing setting (V27) comes along")
                    .isTrue();
            var restoredInterview = again.get("/api/v1/mock-interviews/" + interviewId);
            assertThat(restoredInterview.status()).isEqualTo(200);
            assertThat(restoredInterview.body()).contains("Partitions force a choice.");
            var followUpAfter = again.get("/api/v1/mock-interviews/" + interviewId + "/report")
                    .json()
                    .get("questions")
                    .get(0)
                    .get("followUps")
                    .get(0);
            assertThat(followUpAfter.get("status").asString()).isEqualTo("scored");
            assertThat(followUpAfter.get("score")).isEqualTo(followUpBefore.get("score"));
            assertThat(followUpAfter.get("answer").asString()).isEqualTo("Carts can be AP, seat bookings CP.");
            assertThat(new Http(targetPort)
                            .withToken(person.token())
                            .get("/api/v1/me")
                            .status())
                    .as("the source's tokens came along")
                    .isEqualTo(200);
            var restoredOwn = again.get("/api/v1/me/questions/" + ownId);
            assertThat(restoredOwn.status()).isEqualTo(200);
            assertThat(restoredOwn.json().get("keyPoints").get(0).asString()).isEqualTo("Restored point");
            assertThat(after).contains("\"ownQuestions\"").contains("\"rating\":\"GOOD\"");
            var restoredModel = new Http(targetPort)
                    .withToken(People.tokenFor(targetPort, modelled.email(), modelled.password()))
                    .get("/api/v1/practice/parameters")
                    .json();
            assertThat(restoredModel.get("defaults").asBoolean()).isFalse();
            assertThat(restoredModel.get("parameters").toString()).isEqualTo(modelledParameters);
            assertThat(restoredModel.get("lastRun").get("outcome").asString()).isEqualTo("adopted");
            var restoredInterviewer = new Http(targetPort)
                    .withToken(People.tokenFor(targetPort, interviewer.email(), interviewer.password()));
            assertThat(restoredInterviewer.get("/api/v1/kits/" + kit).status()).isEqualTo(200);
            var comparison = restoredInterviewer.get("/api/v1/kits/" + kit + "/comparison");
            assertThat(comparison.status()).isEqualTo(200);
            assertThat(comparison.body()).contains("Ada Restored").contains("STRONG_YES");
            assertThat(restoredInterviewer
                            .get("/api/v1/scorecards/" + scorecard)
                            .status())
                    .isEqualTo(200);
            assertThat(restoredInterviewer.get("/api/v1/kits/" + kit).body()).contains("Restored anchor one");
            var restoredDrill = restoredInterviewer.get("/api/v1/drills/" + drillId);
            assertThat(restoredDrill.status()).isEqualTo(200);
            assertThat(restoredDrill.json().get("answers").size()).isEqualTo(3);
            assertThat(restoredDrill.body()).contains("Restored reason 3");
            var newcomer = People.aCandidate(targetPort);
            assertThat(newcomer.id())
                    .as("new ids continue after the restored ones")
                    .isGreaterThan(person.id());
        } finally {
            Postgres.dropSchema(schema);
        }
    }

    @Test
    void onlyAdministratorsBackUpAndABrokenBackupChangesNothing() {
        var candidate = People.aCandidate(port);
        assertThat(candidate.api(port).get("/api/v1/admin/backup").status()).isEqualTo(403);
        assertThat(new Http(port).get("/api/v1/admin/backup").status()).isEqualTo(401);
        var notJson = People.theAdmin(port)
                .api(port)
                .send(
                        "POST",
                        "/api/v1/admin/restore?confirm=replace-all-data",
                        "{\"format\":\"prepstack-backup\",\"version\":",
                        "application/json",
                        "application/json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(candidate.api(port).get("/api/v1/me").status())
                .as("nothing was cleared")
                .isEqualTo(200);
    }
}
