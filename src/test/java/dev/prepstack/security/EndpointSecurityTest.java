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
        for (Endpoint e : apiEndpoints(Access.OWNER, Access.ADMIN, Access.INTERVIEWER, Access.EDITOR)) {
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
    void editorApiEndpointsAnswer403ToCandidates() {
        var candidate = People.aCandidate(port);
        for (Endpoint e : apiEndpoints(Access.EDITOR)) {
            var response = candidate
                    .api(port)
                    .send(e.method(), concrete(e.pattern(), "1"), "{}", "application/json", "application/json");
            assertThat(response.status()).as(e.key()).isEqualTo(403);
            assertThat(response.contentType()).as(e.key()).startsWith("application/problem+json");
        }
    }

    @Test
    void editorPagesAnswer403ToSignedInCandidates() {
        var browser = signedIn(People.aCandidate(port));
        for (Endpoint e : endpoints) {
            if (Endpoints.CLASSIFIED.get(e.key()) == Access.PAGE_EDITOR
                    && e.method().equals("GET")) {
                assertThat(browser.getPage(concrete(e.pattern(), "1")).status())
                        .as(e.key())
                        .isEqualTo(403);
            }
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
            if ((access == Access.PAGE_OWNER
                            || access == Access.PAGE_ADMIN
                            || access == Access.PAGE_INTERVIEWER
                            || access == Access.PAGE_EDITOR)
                    && e.method().equals("GET")) {
                var response = new Http(port).getPage(concrete(e.pattern(), "1"));
                assertThat(response.status()).as(e.key()).isEqualTo(302);
                assertThat(response.header("Location")).as(e.key()).endsWith("/login");
            }
        }
    }

    @Test
    void anonymousPageReadsCreateNoServerSession() {
        String slug = new Http(port)
                .get("/api/v1/questions?size=1")
                .json()
                .get("items")
                .get(0)
                .get("slug")
                .asString();
        List<String> paths = new ArrayList<>(List.of(
                "/questions/" + slug, "/questions/" + slug + "/check", "/search?q=locks", "/search/suggest?q=cache"));
        for (Endpoint e : endpoints) {
            if (!e.api() && e.method().equals("GET")) {
                paths.add(concrete(e.pattern(), "1"));
            }
        }
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            var response = new Http(port).getPage(path);
            if (response.headers("Set-Cookie").stream()
                    .anyMatch(c -> c.startsWith("JSESSIONID") || c.startsWith("SESSION"))) {
                failures.add(path + " -> " + response.headers("Set-Cookie"));
            }
        }
        assertThat(failures).as("anonymous GETs that created a session").isEmpty();
    }

    @Test
    void passwordsBeyondBcryptsLimitOrOnlySpacesAreRefusedClearlyNeverA500() {
        var http = new Http(port);
        String tooLong = "x9-".repeat(30); // 90 bytes, within 128 characters
        String accented = "é".repeat(40); // 40 characters, 80 bytes
        for (String password : List.of(tooLong, accented, "          ")) {
            var signUp = http.post(
                    "/api/v1/accounts",
                    "{\"email\":\"long-%d@example.test\",\"displayName\":\"L\",\"password\":\"%s\"}"
                            .formatted(password.hashCode(), password));
            assertThat(signUp.status()).as(password).isEqualTo(400);
            assertThat(signUp.json().get("parameter").asString()).isEqualTo("password");
        }
        var person = People.aCandidate(port);
        var token = http.post(
                "/api/v1/auth/tokens",
                "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"x\"}".formatted(person.email(), tooLong));
        assertThat(token.status()).isEqualTo(401);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var page = browser.postForm(
                "/login", Http.form("email", person.email(), "password", tooLong, "_csrf", login.csrf()));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login?error");
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void expectedClientErrorsAreAnsweredWithoutAStackTraceInTheLog(
            org.springframework.boot.test.system.CapturedOutput output) {
        var http = new Http(port);
        var browser = Http.browser(port);
        var form = browser.getPage("/signup");
        List<Integer> statuses = List.of(
                http.getPage("/search?q=%E2%80%8B%E2%80%AE%00").status(),
                http.get("/api/v1/search?q=%E2%80%8B").status(),
                http.getPage("/search?q=x&page=nope").status(),
                http.getPage("/questions/no-such-question").status(),
                http.get("/api/v1/questions/no-such-question").status(),
                http.post("/api/v1/accounts", "{\"email\": ").status(),
                http.getPage("/api/v1/../admin").status(),
                browser.postForm("/signup", Http.form("email", "\u200b", "_csrf", form.csrf()))
                        .status());
        assertThat(statuses).allMatch(s -> s < 500);
        assertThat(output.getAll()).doesNotContain("\tat dev.prepstack").doesNotContain("\tat org.springframework");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFoundNotA500() {
        assertThat(new Http(port).getPage("/error").status()).isEqualTo(404);
        var api = new Http(port).get("/error");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedPercentEncodingAnswers400NeverA500() {
        for (String path :
                List.of("/api/v1/search?q=%ff%fe", "/api/v1/questions?q=%c3%28", "/api/v1/search?q=%e2%82")) {
            var response = new Http(port).get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        var page = new Http(port).getPage("/search?q=%ff%fe");
        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void lookAlikeNamesAndAddressesAreRefusedAndCompatibilityLettersNormalised() {
        var http = new Http(port);
        String[][] refused = {
            {"Admin\\u200bistrator", "zw-%s@example.test", "displayName"},
            {"\\u202eevil", "bidi-%s@example.test", "displayName"},
            {"\\u0410dmin", "cyr-%s@example.test", "displayName"},
            {"Plain Name", "\\u0430dmin-%s@example.test", "email"},
            {"Plain Name", "zw\\u200b-%s@example.test", "email"}
        };
        for (String[] r : refused) {
            var response = signUp(
                    http,
                    r[0],
                    r[1].formatted(java.util.UUID.randomUUID().toString().substring(0, 6)));
            assertThat(response.status()).as(r[0] + " " + r[1]).isEqualTo(400);
            assertThat(response.json().get("parameter").asString()).isEqualTo(r[2]);
        }
        var mixedWords =
                signUp(http, "\\u0418\\u0432\\u0430\\u043d Smith", "ivan-" + System.nanoTime() + "@example.test");
        assertThat(mixedWords.status())
                .as("scripts mixed across words, not within one")
                .isEqualTo(201);
        var fullWidth = signUp(http, "\\uff34\\uff45\\uff53\\uff54", "fw-" + System.nanoTime() + "@example.test");
        assertThat(fullWidth.status()).isEqualTo(201);
        assertThat(fullWidth.json().get("displayName").asString()).isEqualTo("Test");
    }

    private static Http.Response signUp(Http http, String displayName, String email) {
        return http.post(
                "/api/v1/accounts",
                "{\"email\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\"}"
                        .formatted(email, displayName, People.PASSWORD));
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
    void onePersonsInterviewPlansAreTheirsAlone() {
        var alice = People.aCandidate(port);
        String on =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(14).toString();
        String body = "{\"title\":\"Alice at Acme\",\"interviewOn\":\"" + on
                + "\",\"topics\":[\"caching\"],\"minutesPerDay\":30}";
        long plan = alice.api(port)
                .post("/api/v1/practice/plans", body)
                .json()
                .get("id")
                .asLong();
        var bob = People.aCandidate(port);

        assertThat(bob.api(port).get("/api/v1/practice/plans").body()).doesNotContain("Alice at Acme");
        assertThat(bob.api(port).get("/api/v1/practice/plans/" + plan).status()).isEqualTo(404);
        assertThat(bob.api(port)
                        .get("/api/v1/practice/plans/" + plan + "/forecast")
                        .status())
                .isEqualTo(404);
        assertThat(bob.api(port)
                        .put("/api/v1/practice/plans/" + plan, body.replace("Alice at Acme", "Bob was here"))
                        .status())
                .isEqualTo(404);
        assertThat(bob.api(port).delete("/api/v1/practice/plans/" + plan).status())
                .isEqualTo(404);
        var bobBrowser = signedIn(bob);
        assertThat(bobBrowser.getPage("/practice/plans/" + plan).status()).isEqualTo(404);
        var plans = bobBrowser.getPage("/practice/plans");
        assertThat(plans.body()).doesNotContain("Alice at Acme");
        assertThat(bobBrowser
                        .postForm(
                                "/practice/plans/" + plan,
                                Http.form(
                                        "title",
                                        "Bob was here",
                                        "interviewOn",
                                        on,
                                        "topics",
                                        "caching",
                                        "minutesPerDay",
                                        "30",
                                        "_csrf",
                                        plans.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(bobBrowser
                        .postForm("/practice/plans/" + plan + "/delete", Http.form("_csrf", plans.csrf()))
                        .status())
                .isEqualTo(404);

        var still = alice.api(port).get("/api/v1/practice/plans/" + plan);
        assertThat(still.status()).isEqualTo(200);
        assertThat(still.json().get("title").asString()).isEqualTo("Alice at Acme");
    }

    @Test
    void hostileInputToEveryApiEndpointGets4xxProblemsNeverA500OrReflectedScript() {
        var candidate = People.aCandidate(port);
        var admin = People.theAdmin(port);
        // An interviewer with an organisation, so hostile input reaches the hiring rules themselves.
        var interviewer = People.anInterviewer(port);
        interviewer.api(port).post("/api/v1/organisations", "{\"name\":\"Hostile input test\"}");
        List<String> failures = new ArrayList<>();
        var editor = People.anEditor(port);
        for (Endpoint e : apiEndpoints(Access.PUBLIC, Access.OWNER, Access.ADMIN, Access.INTERVIEWER, Access.EDITOR)) {
            // DELETE /api/v1/me stays in: without the password given again, hostile bodies cannot delete.
            if (e.key().equals("POST /api/v1/admin/content/reload")) {
                continue;
            }
            Http http = switch (Endpoints.CLASSIFIED.get(e.key())) {
                case OWNER -> candidate.api(port);
                case ADMIN -> admin.api(port);
                case INTERVIEWER -> interviewer.api(port);
                case EDITOR -> editor.api(port);
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
                    // Forms bound to a record: each of its fields gets the payload too.
                    if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)
                            && p.getParameterType().isRecord()) {
                        for (var c : p.getParameterType().getRecordComponents()) {
                            fields.put(c.getName(), payload);
                        }
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
