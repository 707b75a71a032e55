package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccountApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signUpGivesACandidateAccountThatATokenActsFor() {
        var http = new Http(port);
        var created = http.post(
                "/api/v1/accounts",
                "{\"email\":\"Ada.Lovelace@Example.test\",\"displayName\":\"Ada\",\"password\":\"%s\"}"
                        .formatted(People.PASSWORD));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("email").asString()).isEqualTo("ada.lovelace@example.test");
        assertThat(created.json().get("roles").get(0).asString()).isEqualTo("CANDIDATE");

        var token = http.post(
                "/api/v1/auth/tokens",
                "{\"email\":\"ADA.LOVELACE@example.test\",\"password\":\"%s\",\"name\":\"laptop\",\"expiresInDays\":7}"
                        .formatted(People.PASSWORD));
        assertThat(token.status()).isEqualTo(201);
        assertThat(token.json().get("token").asString()).startsWith("psk_");
        assertThat(token.json().propertyNames()).contains("id", "name", "token", "expiresAt");

        var me = new Http(port).withToken(token.json().get("token").asString()).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("displayName").asString()).isEqualTo("Ada");
        assertThat(me.json().get("timeZone").asString()).isEqualTo("UTC");
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        var person = People.aCandidate(port);

        var stored = jdbc.sql("SELECT token_hash FROM access_token WHERE account_id = ?")
                .param(person.id())
                .query(String.class)
                .list();
        assertThat(stored)
                .isNotEmpty()
                .noneMatch(h -> h.contains(person.token()) || person.token().contains(h));
        String passwordHash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
                .param(person.id())
                .query(String.class)
                .single();
        assertThat(passwordHash).startsWith("{bcrypt}").doesNotContain(person.password());
    }

    @Test
    void apiNeedsABearerTokenAndAnswers401ProblemsOtherwise() {
        var anonymous = new Http(port).get("/api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");

        assertThat(new Http(port).withToken("psk_forged").get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(new Http(port)
                        .send("GET", "/api/v1/me", null, null, "application/json")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void publicReadsNeedNoToken() {
        assertThat(new Http(port).get("/api/v1/topics").status()).isEqualTo(200);
        assertThat(new Http(port).get("/api/v1/questions/cap-theorem").status()).isEqualTo(200);
        assertThat(new Http(port).get("/api/v1/search?q=kafka").status()).isEqualTo(200);
    }

    @Test
    void rejectsWeakPasswordsBadEmailsAndDuplicatesNamingTheField() {
        var http = new Http(port);
        assertThat(signUp(http, "x@example.test", "short")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("password");
        assertThat(signUp(http, "y@example.test", "password123")
                        .json()
                        .get("detail")
                        .asString())
                .contains("common");
        assertThat(signUp(http, "z@example.test", "a".repeat(129)).status()).isEqualTo(400);
        assertThat(signUp(http, "not-an-email", People.PASSWORD)
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("email");

        var person = People.aCandidate(port);
        var duplicate = signUp(http, person.email().toUpperCase(), People.PASSWORD);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("parameter").asString()).isEqualTo("email");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        var person = People.aCandidate(port);
        var http = new Http(port);

        var wrong = http.post(
                "/api/v1/auth/tokens",
                "{\"email\":\"%s\",\"password\":\"nope-nope-nope\",\"name\":\"x\"}".formatted(person.email()));
        var unknown = http.post(
                "/api/v1/auth/tokens",
                "{\"email\":\"nobody@example.test\",\"password\":\"nope-nope-nope\",\"name\":\"x\"}");

        assertThat(wrong.status()).isEqualTo(401).isEqualTo(unknown.status());
        assertThat(wrong.json().get("detail").asString())
                .isEqualTo(unknown.json().get("detail").asString());
    }

    @Test
    void aRevokedTokenStopsWorkingAndOthersTokensAreNotFound() {
        var alice = People.aCandidate(port);
        var bob = People.aCandidate(port);
        long aliceTokenId = alice.api(port)
                .get("/api/v1/auth/tokens")
                .json()
                .get(0)
                .get("id")
                .asLong();

        assertThat(bob.api(port).delete("/api/v1/auth/tokens/" + aliceTokenId).status())
                .isEqualTo(404);
        assertThat(alice.api(port).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(alice.api(port).delete("/api/v1/auth/tokens/" + aliceTokenId).status())
                .isEqualTo(204);
        assertThat(alice.api(port).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void apiIgnoresSessionCookiesAndNeedsNoCsrf() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(browser.getPage("/settings").status()).isEqualTo(200);

        assertThat(browser.get("/api/v1/me").status())
                .as("session cookie alone")
                .isEqualTo(401);
        var patched = person.api(port).patch("/api/v1/me", "{\"timeZone\":\"Europe/Berlin\"}");
        assertThat(patched.status()).as("bearer without CSRF token").isEqualTo(200);
        assertThat(patched.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(person.api(port)
                        .patch("/api/v1/me", "{\"timeZone\":\"Mars/Olympus\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("timeZone");
    }

    @Test
    void adminListsUsersAndChangesRolesWhileCandidatesGet403() {
        var candidate = People.aCandidate(port);
        var admin = People.theAdmin(port);

        assertThat(candidate.api(port).get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(candidate.api(port).get("/api/v1/admin/users").contentType()).startsWith("application/problem+json");
        var users = admin.api(port).get("/api/v1/admin/users?size=100");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().get("totalItems").asInt()).isGreaterThanOrEqualTo(2);

        var changed = admin.api(port)
                .put("/api/v1/admin/users/" + candidate.id() + "/roles", "{\"roles\":[\"INTERVIEWER\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json()
                        .get("roles")
                        .valueStream()
                        .map(n -> n.asString())
                        .toList())
                .containsExactlyInAnyOrder("CANDIDATE", "INTERVIEWER");
        assertThat(candidate.api(port).get("/api/v1/me").json().get("roles").size())
                .isEqualTo(2);

        assertThat(admin.api(port)
                        .put("/api/v1/admin/users/" + candidate.id() + "/roles", "{\"roles\":[\"KING\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.api(port)
                        .put("/api/v1/admin/users/999999/roles", "{\"roles\":[]}")
                        .status())
                .isEqualTo(404);
        assertThat(admin.api(port)
                        .put("/api/v1/admin/users/" + admin.id() + "/roles", "{\"roles\":[\"CANDIDATE\"]}")
                        .json()
                        .get("detail")
                        .asString())
                .contains("last administrator");
    }

    @Test
    void aTokenAloneCannotDeleteTheAccountWithoutThePasswordGivenAgain() {
        var person = People.aCandidate(port);

        var withoutBody = person.api(port).delete("/api/v1/me");
        assertThat(withoutBody.status()).isEqualTo(400);
        assertThat(withoutBody.contentType()).contains("application/problem+json");
        assertThat(withoutBody.json().get("detail").asString()).contains("password");
        var wrong = person.api(port)
                .send(
                        "DELETE",
                        "/api/v1/me",
                        "{\"password\":\"not-my-password\"}",
                        "application/json",
                        "application/json");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).contains("application/problem+json");

        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void exportHoldsTheAccountAndDeletionRemovesIt() {
        var person = People.aCandidate(port);

        var export = person.api(port).get("/api/v1/me/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("account").get("email").asString()).isEqualTo(person.email());
        assertThat(export.json().get("account").get("accessTokens").size()).isEqualTo(1);
        assertThat(export.json().get("account").get("securityEvents").size()).isPositive();
        assertThat(export.body()).doesNotContain(person.token()).doesNotContain("bcrypt");

        assertThat(person.deleteAccount(port).status()).isEqualTo(204);
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_token WHERE account_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = 'ACCOUNT_DELETED' AND detail = ?")
                        .param("account " + person.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void securityEventsAreAuditedWithoutSecrets() {
        var person = People.aCandidate(port);
        new Http(port)
                .post(
                        "/api/v1/auth/tokens",
                        "{\"email\":\"%s\",\"password\":\"wrong-password-1\",\"name\":\"x\"}"
                                .formatted(person.email()));

        var types = jdbc.sql("SELECT type FROM audit_event WHERE account_id = ? ORDER BY id")
                .param(person.id())
                .query(String.class)
                .list();
        assertThat(types).contains("SIGN_UP", "SIGN_IN_SUCCEEDED", "TOKEN_CREATED", "SIGN_IN_FAILED");
        var details = jdbc.sql("SELECT COALESCE(detail, '') FROM audit_event")
                .query(String.class)
                .list();
        assertThat(details).noneMatch(d -> d.contains(person.password()) || d.contains("psk_"));
    }

    @Test
    void passwordResetRequestsLookTheSameForKnownAndUnknownAddresses() {
        var person = People.aCandidate(port);
        var known = new Http(port).post("/api/v1/auth/password-resets", "{\"email\":\"%s\"}".formatted(person.email()));
        var unknown = new Http(port).post("/api/v1/auth/password-resets", "{\"email\":\"ghost@example.test\"}");

        assertThat(known.status()).isEqualTo(202).isEqualTo(unknown.status());
        assertThat(known.body()).isEqualTo(unknown.body());
    }

    private static Http.Response signUp(Http http, String email, String password) {
        return http.post(
                "/api/v1/accounts",
                "{\"email\":\"%s\",\"displayName\":\"Someone\",\"password\":\"%s\"}".formatted(email, password));
    }
}
