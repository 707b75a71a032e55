package dev.prepstack.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.practice.GeneratedHistory;
import dev.prepstack.security.Endpoints.Access;
import dev.prepstack.security.Endpoints.Endpoint;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The ownership and attack suites, over every endpoint the application maps. Classification lives in
 * {@link Endpoints}; an unclassified endpoint fails {@link #everyEndpointIsClassified()}.
 */
@IntegrationTest
class EndpointSecurityTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1' --",
            "1; DROP TABLE account; --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "../../../../etc/passwd",
            "..%2f..%2fetc%2fpasswd",
            "😀 ünïcödé",
            "x".repeat(25_000));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    List<Endpoint> endpoints;

    @BeforeEach
    void readEndpoints() {
        endpoints = Endpoints.all(mapping);
    }

    @Test
    void everyEndpointIsClassified() {
        List<String> unclassified = endpoints.stream()
                .map(Endpoint::key)
                .filter(k -> !Endpoints.CLASSIFIED.containsKey(k))
                .sorted()
                .toList();
        assertThat(unclassified).as("endpoints no security test classifies").isEmpty();
        assertThat(endpoints).hasSizeGreaterThan(40);
    }

    @Test
    void nonPublicApiEndpointsAnswer401WithoutAToken() {
        for (Endpoint e : apiEndpoints(Access.OWNER, Access.ADMIN, Access.INTERVIEWER)) {
            var response = new Http(port)
                    .send(e.method(), concrete(e.pattern(), "1"), "{}", "application/json", "application/json");
            assertThat(response.status()).as(e.key()).isEqualTo(401);
            assertThat(response.contentType()).as(e.key()).startsWith("application/problem+json");
        }
    }

    @Test
    void adminApiEndpointsAnswer403ToCandidates() {
        var candidate = People.aCandidate(port);
        for (Endpoint e : apiEndpoints(Access.ADMIN)) {
            var response = candidate
                    .api(port)
                    .send(e.method(), concrete(e.pattern(), "1"), "{}", "application/json", "application/json");
            assertThat(response.status()).as(e.key()).isEqualTo(403);
        }
    }

    @Test
    void interviewerApiEndpointsAnswer403ToCandidates() {
        var candidate = People.aCandidate(port);
        for (Endpoint e : apiEndpoints(Access.INTERVIEWER)) {
            var response = candidate
                    .api(port)
                    .send(e.method(), concrete(e.pattern(), "1"), "{}", "application/json", "application/json");
            assertThat(response.status()).as(e.key()).isEqualTo(403);
            assertThat(response.contentType()).as(e.key()).startsWith("application/problem+json");
        }
    }

    @Test
    void interviewerPagesAnswer403ToSignedInCandidates() {
        var browser = signedIn(People.aCandidate(port));
        for (Endpoint e : endpoints) {
            if (Endpoints.CLASSIFIED.get(e.key()) == Access.PAGE_INTERVIEWER
                    && e.method().equals("GET")) {
                assertThat(browser.getPage(concrete(e.pattern(), "1")).status())
                        .as(e.key())
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void signedInPagesRedirectAnonymousVisitorsToSignIn() {
        for (Endpoint e : endpoints) {
            Access access = Endpoints.CLASSIFIED.get(e.key());
            if ((access == Access.PAGE_OWNER || access == Access.PAGE_ADMIN || access == Access.PAGE_INTERVIEWER)
                    && e.method().equals("GET")) {
                var response = new Http(port).getPage(concrete(e.pattern(), "1"));
                assertThat(response.status()).as(e.key()).isEqualTo(302);
                assertThat(response.header("Location")).as(e.key()).endsWith("/login");
            }
        }
    }

    @Test
    void oneUserCannotReadChangeOrDeleteAnothersData() {
        var alice = People.aCandidate(port);
        var bob = People.aCandidate(port);
        long aliceToken = alice.api(port)
                .get("/api/v1/auth/tokens")
                .json()
                .get(0)
                .get("id")
                .asLong();

        assertThat(bob.api(port).delete("/api/v1/auth/tokens/" + aliceToken).status())
                .isEqualTo(404);
        assertThat(bob.api(port).get("/api/v1/auth/tokens").body()).doesNotContain("\"id\":" + aliceToken + ",");
        assertThat(bob.api(port).get("/api/v1/me").body()).doesNotContain(alice.email());
        assertThat(bob.api(port).get("/api/v1/me/export").body()).doesNotContain(alice.email());

        var bobBrowser = signedIn(bob);
        var settings = bobBrowser.getPage("/settings");
        var revoke =
                bobBrowser.postForm("/settings/tokens/" + aliceToken + "/revoke", Http.form("_csrf", settings.csrf()));
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(alice.api(port).get("/api/v1/me").status())
                .as("alice's token still works")
                .isEqualTo(200);
    }

    @Test
    void onePersonsMemoryModelIsTheirsAlone() {
        var alice = People.aCandidate(port);
        GeneratedHistory.postTo(alice.api(port));
        assertThat(alice.api(port)
                        .post("/api/v1/practice/parameters/optimise", "")
                        .status())
                .isEqualTo(200);
        String aliceParameters = alice.api(port)
                .get("/api/v1/practice/parameters")
                .json()
                .get("parameters")
                .toString();
        var bob = People.aCandidate(port);

        assertThat(bob.api(port)
                        .get("/api/v1/practice/parameters")
                        .json()
                        .get("defaults")
                        .asBoolean())
                .isTrue();
        assertThat(bob.api(port)
                        .post("/api/v1/practice/parameters/optimise", "")
                        .status())
                .as("bob's own (empty) history is what gets optimised")
                .isEqualTo(422);
        assertThat(bob.api(port).delete("/api/v1/practice/parameters").status()).isEqualTo(200);
        var bobBrowser = signedIn(bob);
        var progress = bobBrowser.getPage("/progress");
        assertThat(progress.body()).doesNotContain(aliceParameters.substring(1, 12));
        bobBrowser.postForm("/settings/practice/defaults", Http.form("_csrf", progress.csrf()));

        var after = alice.api(port).get("/api/v1/practice/parameters").json();
        assertThat(after.get("defaults").asBoolean()).isFalse();
        assertThat(after.get("parameters").toString()).isEqualTo(aliceParameters);
    }

    @Test
    void hostileInputToEveryApiEndpointGets4xxProblemsNeverA500OrReflectedScript() {
        var candidate = People.aCandidate(port);
        var admin = People.theAdmin(port);
        // An interviewer with an organisation, so hostile input reaches the hiring rules themselves.
        var interviewer = People.anInterviewer(port);
        interviewer.api(port).post("/api/v1/organisations", "{\"name\":\"Hostile input test\"}");
        List<String> failures = new ArrayList<>();
        for (Endpoint e : apiEndpoints(Access.PUBLIC, Access.OWNER, Access.ADMIN, Access.INTERVIEWER)) {
            if (e.key().equals("DELETE /api/v1/me") || e.key().equals("POST /api/v1/admin/content/reload")) {
                continue;
            }
            Http http = switch (Endpoints.CLASSIFIED.get(e.key())) {
                case OWNER -> candidate.api(port);
                case ADMIN -> admin.api(port);
                case INTERVIEWER -> interviewer.api(port);
                default -> new Http(port);
            };
            for (String payload : PAYLOADS) {
                String path = withParams(e, payload);
                String body = bodyFor(e, payload);
                check(
                        failures,
                        e,
                        "payload " + payload.substring(0, Math.min(20, payload.length())),
                        http.send(
                                e.method(), path, body, body == null ? null : "application/json", "application/json"));
            }
            if (hasBody(e)) {
                check(
                        failures,
                        e,
                        "malformed JSON",
                        http.send(
                                e.method(),
                                e.pattern().replaceAll("\\{[^}]+}", "1"),
                                "{\"email\": ",
                                "application/json",
                                "application/json"));
                check(
                        failures,
                        e,
                        "wrong JSON type",
                        http.send(
                                e.method(),
                                e.pattern().replaceAll("\\{[^}]+}", "1"),
                                "[1,2,3]",
                                "application/json",
                                "application/json"));
                var huge = http.send(
                        e.method(),
                        e.pattern().replaceAll("\\{[^}]+}", "1"),
                        "{\"x\":\"" + "y".repeat(300_000) + "\"}",
                        "application/json",
                        "application/json");
                check(failures, e, "oversized body", huge);
                if (huge.status() != 413) {
                    failures.add(e.key() + " oversized body: expected 413, got " + huge.status());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void hostileInputToEveryPageFormNeverFailsOrReflectsScript() {
        var person = People.aCandidate(port);
        var interviewer = People.anInterviewer(port);
        List<String> failures = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Access access = Endpoints.CLASSIFIED.get(e.key());
            if (e.api()
                    || !e.method().equals("POST")
                    || access == Access.PAGE_ADMIN
                    || e.pattern().equals("/settings/delete")) {
                continue;
            }
            for (String payload : PAYLOADS) {
                Http browser = switch (access) {
                    case PAGE_OWNER -> signedIn(person);
                    case PAGE_INTERVIEWER -> signedIn(interviewer);
                    default -> Http.browser(port);
                };
                var form = browser.getPage(
                        switch (access) {
                            case PAGE_OWNER -> "/settings";
                            case PAGE_INTERVIEWER -> "/hiring";
                            default -> "/signup";
                        });
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                for (MethodParameter p : e.handler().getMethodParameters()) {
                    RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                    if (rp != null) {
                        fields.put(rp.value().isEmpty() ? p.getParameterName() : rp.value(), payload);
                    }
                }
                fields.put("_csrf", form.csrf());
                var response = browser.postForm(
                        concrete(
                                e.pattern(),
                                URLEncoder.encode(payload.length() > 100 ? "x" : payload, StandardCharsets.UTF_8)),
                        fields);
                if (response.status() >= 500) {
                    failures.add(e.key() + " -> " + response.status());
                }
                if (response.body().contains("<script>alert(1)</script>")
                        || response.body().contains("<img src=x onerror")) {
                    failures.add(e.key() + " reflects the payload unescaped");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, Endpoint e, String what, Http.Response response) {
        if (response.status() >= 500) {
            failures.add(e.key() + " " + what + " -> " + response.status() + " " + response.body());
        }
        if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
            failures.add(e.key() + " " + what + " -> " + response.status() + " without Problem Details ("
                    + response.contentType() + ")");
        }
        if (response.body().contains("<script>alert(1)</script>")
                || response.body().contains("<img src=x onerror")) {
            failures.add(e.key() + " " + what + " reflects the payload unescaped");
        }
    }

    private List<Endpoint> apiEndpoints(Access... accesses) {
        List<Access> wanted = List.of(accesses);
        return endpoints.stream()
                .filter(Endpoint::api)
                .filter(e -> wanted.contains(Endpoints.CLASSIFIED.get(e.key())))
                .toList();
    }

    private static boolean hasBody(Endpoint e) {
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    private static String withParams(Endpoint e, String payload) {
        String encoded = URLEncoder.encode(
                payload.length() > 6000 ? payload.substring(0, 6000) : payload, StandardCharsets.UTF_8);
        String path = e.pattern();
        List<String> query = new ArrayList<>();
        for (MethodParameter p : e.handler().getMethodParameters()) {
            PathVariable pv = p.getParameterAnnotation(PathVariable.class);
            if (pv != null) {
                String name = pv.value().isEmpty() ? p.getParameterName() : pv.value();
                path = path.replace("{" + name + "}", encoded);
            }
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null) {
                query.add((rp.value().isEmpty() ? p.getParameterName() : rp.value()) + "=" + encoded);
            }
        }
        path = path.replaceAll("\\{[^}]+}", encoded);
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String bodyFor(Endpoint e, String payload) {
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)
                    && p.getParameterType().isRecord()) {
                String json = java.util.Arrays.stream(p.getParameterType().getRecordComponents())
                        .map(c -> "\"" + c.getName() + "\":" + jsonValue(c, payload))
                        .collect(Collectors.joining(","));
                return "{" + json + "}";
            }
        }
        return null;
    }

    private static String jsonValue(RecordComponent c, String payload) {
        String quoted = "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (c.getType() == String.class) {
            return quoted;
        }
        if (List.class.isAssignableFrom(c.getType())) {
            return "[" + quoted + "]";
        }
        if (Number.class.isAssignableFrom(c.getType()) || c.getType().isPrimitive()) {
            return "-1";
        }
        return quoted;
    }

    private static String concrete(String pattern, String value) {
        return pattern.replaceAll("\\{[^}]+}", value);
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }
}
