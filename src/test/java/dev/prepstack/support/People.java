package dev.prepstack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Fixture factory: accounts created through the real API, with a token to act as them. */
public final class People {

    public static final String ADMIN_EMAIL = "admin@prepstack.test";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple-42";
    public static final String PASSWORD = "a-long-and-unusual-passphrase-7";

    private People() {}

    public record Person(long id, String email, String password, String token) {

        public Http api(int port) {
            return new Http(port).withToken(token);
        }

        /** DELETE /api/v1/me with the password given again, as the API requires. */
        public Http.Response deleteAccount(int port) {
            return api(port)
                    .send(
                            "DELETE",
                            "/api/v1/me",
                            "{\"password\":\"%s\"}".formatted(password),
                            "application/json",
                            "application/json");
        }
    }

    public static Person aCandidate(int port) {
        String email = "candidate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        var http = new Http(port);
        var created = http.post(
                "/api/v1/accounts",
                "{\"email\":\"%s\",\"displayName\":\"Test Candidate\",\"password\":\"%s\"}".formatted(email, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Person(created.json().get("id").asLong(), email, PASSWORD, tokenFor(port, email, PASSWORD));
    }

    /** A new account that the administrator gave the INTERVIEWER role (its token sees it at once). */
    public static Person anInterviewer(int port) {
        Person person = aCandidate(port);
        var granted = theAdmin(port)
                .api(port)
                .put("/api/v1/admin/users/" + person.id() + "/roles", "{\"roles\":[\"CANDIDATE\",\"INTERVIEWER\"]}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        return person;
    }

    /** A new account that the administrator gave the EDITOR role. */
    public static Person anEditor(int port) {
        Person person = aCandidate(port);
        var granted = theAdmin(port)
                .api(port)
                .put("/api/v1/admin/users/" + person.id() + "/roles", "{\"roles\":[\"CANDIDATE\",\"EDITOR\"]}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        return person;
    }

    public static Person theAdmin(int port) {
        var token = tokenFor(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        long id = new Http(port)
                .withToken(token)
                .get("/api/v1/me")
                .json()
                .get("id")
                .asLong();
        return new Person(id, ADMIN_EMAIL, ADMIN_PASSWORD, token);
    }

    public static String tokenFor(int port, String email, String password) {
        var response = new Http(port)
                .post(
                        "/api/v1/auth/tokens",
                        "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"test\"}".formatted(email, password));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("token").asString();
    }
}
