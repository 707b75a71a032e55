package dev.prepstack.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Attack suite for page sessions (issue 18): what a session may still do after the account changed
 * under it, and what it must confirm with the password.
 */
@IntegrationTest
class SessionSecurityTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext server;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aRevokedAdministratorsOpenSessionLosesAdminAtOnce() {
        var admin = People.theAdmin(port);
        var deputy = People.aCandidate(port);
        var granted = admin.api(port)
                .put("/api/v1/admin/users/" + deputy.id() + "/roles", "{\"roles\":[\"CANDIDATE\",\"ADMIN\"]}");
        assertThat(granted.status()).isEqualTo(200);
        var session = signedIn(deputy);
        var adminPage = session.getPage("/admin");
        assertThat(adminPage.status()).isEqualTo(200);

        var revoked =
                admin.api(port).put("/api/v1/admin/users/" + deputy.id() + "/roles", "{\"roles\":[\"CANDIDATE\"]}");
        assertThat(revoked.status()).isEqualTo(200);

        assertThat(session.getPage("/admin").status()).isEqualTo(403);
        var regrant = session.postForm(
                "/admin/users/" + deputy.id() + "/roles",
                Http.form("roles", "ADMIN", "password", deputy.password(), "_csrf", adminPage.csrf()));
        assertThat(regrant.status()).isEqualTo(403);
        var reset =
                session.postForm("/admin/users/" + admin.id() + "/reset-link", Http.form("_csrf", adminPage.csrf()));
        assertThat(reset.status()).isEqualTo(403);
        assertThat(roles(deputy)).doesNotContain("ADMIN");
    }

    @Test
    void aRoleGivenWhileSignedInWorksWithoutSigningInAgain() {
        var person = People.aCandidate(port);
        var session = signedIn(person);
        assertThat(session.getPage("/admin").status()).isEqualTo(403);

        People.theAdmin(port)
                .api(port)
                .put("/api/v1/admin/users/" + person.id() + "/roles", "{\"roles\":[\"CANDIDATE\",\"ADMIN\"]}");

        assertThat(session.getPage("/admin").status()).isEqualTo(200);
    }

    @Test
    void roleChangesOnTheAdminPageAskForThePasswordAgain() {
        var person = People.aCandidate(port);
        var admin = signedIn(People.theAdmin(port));
        var page = admin.getPage("/admin");
        assertThat(page.body()).contains("name=\"password\"");

        // The roles form posts the page of users it sits on, and the answer shows that page again.
        int onPage = 0;
        while (!admin.getPage("/admin?page=" + onPage).body().contains("/admin/users/" + person.id() + "/roles")) {
            onPage++;
        }
        var refused = admin.postForm(
                "/admin/users/" + person.id() + "/roles",
                Http.form("roles", "INTERVIEWER", "page", String.valueOf(onPage), "_csrf", page.csrf()));
        assertThat(roles(person)).doesNotContain("INTERVIEWER");
        assertThat(refused.body()).contains("Your password is needed again");

        admin.postForm(
                "/admin/users/" + person.id() + "/roles",
                Http.form("roles", "INTERVIEWER", "password", "wrong-password-123456", "_csrf", page.csrf()));
        assertThat(roles(person)).doesNotContain("INTERVIEWER");

        admin.postForm(
                "/admin/users/" + person.id() + "/roles",
                Http.form("roles", "INTERVIEWER", "password", People.ADMIN_PASSWORD, "_csrf", page.csrf()));
        assertThat(roles(person)).contains("INTERVIEWER");
    }

    @Test
    void aPasswordResetEndsEverySessionAndRevokesEveryToken() {
        var person = People.aCandidate(port);
        var session = signedIn(person);
        assertThat(session.getPage("/settings").status()).isEqualTo(200);
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(200);

        var admin = signedIn(People.theAdmin(port));
        var adminPage = admin.getPage("/admin");
        admin.postForm("/admin/users/" + person.id() + "/reset-link", Http.form("_csrf", adminPage.csrf()));
        String page = admin.getPage("/admin").body();
        String link = page.substring(page.indexOf("/reset/"), page.indexOf("</code>", page.indexOf("/reset/")));
        var resetter = Http.browser(port);
        var form = resetter.getPage(link);
        var done = resetter.postForm(link, Http.form("password", "after-the-reset-phrase-1", "_csrf", form.csrf()));
        assertThat(done.header("Location")).endsWith("/login?reset");

        assertThat(session.getPage("/settings").status()).isEqualTo(302);
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsOtherSessionsAndTokensByDefaultButKeepsThisOne() {
        var person = People.aCandidate(port);
        var other = signedIn(person);
        var here = signedIn(person);
        var settings = here.getPage("/settings");
        assertThat(settings.body()).containsPattern("name=\"signOutOthers\" value=\"on\" checked");

        here.postForm(
                "/settings/password",
                Http.form(
                        "currentPassword",
                        person.password(),
                        "newPassword",
                        "changed-passphrase-for-all-2",
                        "signOutOthers",
                        "on",
                        "_csrf",
                        settings.csrf()));

        assertThat(here.getPage("/settings").status()).isEqualTo(200);
        assertThat(other.getPage("/settings").status()).isEqualTo(302);
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeWithTheBoxUncheckedKeepsOtherSessions() {
        var person = People.aCandidate(port);
        var other = signedIn(person);
        var here = signedIn(person);
        var settings = here.getPage("/settings");

        here.postForm(
                "/settings/password",
                Http.form(
                        "currentPassword", person.password(),
                        "newPassword", "changed-passphrase-only-3",
                        "_csrf", settings.csrf()));

        assertThat(here.getPage("/settings").body()).contains("Your password was changed");
        assertThat(other.getPage("/settings").status()).isEqualTo(200);
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aSessionCannotMintATokenOrDeleteTheAccountWithoutThePassword() {
        var person = People.aCandidate(port);
        var session = signedIn(person);
        var settings = session.getPage("/settings");

        session.postForm(
                "/settings/tokens",
                Http.form("name", "stolen-session", "expiresInDays", "365", "_csrf", settings.csrf()));
        session.postForm(
                "/settings/tokens",
                Http.form(
                        "name",
                        "stolen-session",
                        "expiresInDays",
                        "365",
                        "password",
                        "guess-1234567",
                        "_csrf",
                        settings.csrf()));
        assertThat(person.api(port).get("/api/v1/auth/tokens").body()).doesNotContain("stolen-session");

        var deleted =
                session.postForm("/settings/delete", Http.form("confirmation", "DELETE", "_csrf", settings.csrf()));
        assertThat(deleted.header("Location")).contains("/settings");
        assertThat(session.getPage("/settings").body()).contains("Your password is needed again");
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(200);

        session.postForm(
                "/settings/tokens",
                Http.form(
                        "name",
                        "with-password",
                        "expiresInDays",
                        "30",
                        "password",
                        person.password(),
                        "_csrf",
                        settings.csrf()));
        assertThat(person.api(port).get("/api/v1/auth/tokens").body()).contains("with-password");
    }

    @Test
    void signInWorksWithTheCsrfTokenFromACookieAndOnlyThenStartsASession() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        assertThat(login.headers("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(login.headers("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        var forged = Http.browser(port)
                .postForm(
                        "/login",
                        Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(forged.status()).as("a token without its cookie").isEqualTo(403);

        var done = browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(done.header("Location")).doesNotContain("error");
        assertThat(done.headers("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(browser.getPage("/settings").status()).isEqualTo(200);
    }

    @Test
    void aGuestsSessionIsShortLivedAndSigningInGivesTheFullLifetime() {
        var guest = Http.browser(port);
        var choose = guest.getPage("/practice");
        var started = guest.postForm(
                "/practice/sessions",
                Http.form("mode", "new", "topics", "testing", "size", "2", "_csrf", choose.csrf()));
        assertThat(started.status()).isEqualTo(302);
        assertThat(sessionLifetime(guest)).isEqualTo(30 * 60);

        var person = People.aCandidate(port);
        var login = guest.getPage("/login");
        guest.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        guest.getPage("/settings");
        assertThat(sessionLifetime(guest)).isEqualTo(8 * 3600);
    }

    @Test
    void rememberMeTokensAreStoredHashedAndACookieForgedFromTheDatabaseDoesNotSignIn() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var done = browser.postForm(
                "/login",
                Http.form(
                        "email", person.email(),
                        "password", person.password(),
                        "remember-me", "on",
                        "_csrf", login.csrf()));
        String setCookie = done.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("remember-me="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("SameSite=Lax").containsIgnoringCase("HttpOnly");
        // Spring's format: Base64 of the URL-encoded series and token joined by ":".
        String[] cookie = java.util.Arrays.stream(new String(java.util.Base64.getDecoder()
                                .decode(setCookie.substring("remember-me=".length(), setCookie.indexOf(';'))))
                        .split(":"))
                .map(part -> java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8))
                .toArray(String[]::new);
        String stored = jdbc.sql("SELECT token FROM persistent_logins WHERE series = ?")
                .param(cookie[0])
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(cookie[1]).isEqualTo(dev.prepstack.shared.OpaqueTokens.hash(cookie[1]));

        var forger = new Http(port);
        String forged = java.util.Base64.getEncoder()
                .encodeToString(
                        (java.net.URLEncoder.encode(cookie[0], java.nio.charset.StandardCharsets.UTF_8) + ":" + stored)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var attempt = forger.send("GET", "/settings", null, null, "text/html", "Cookie", "remember-me=" + forged);
        assertThat(attempt.status()).isEqualTo(302);
        assertThat(attempt.header("Location")).endsWith("/login");

        var backup = People.theAdmin(port).api(port).get("/api/v1/admin/backup");
        assertThat(backup.status()).isEqualTo(200);
        assertThat(backup.body()).doesNotContain("persistent_logins").doesNotContain(cookie[0]);
    }

    private int sessionLifetime(Http browser) {
        String id = browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .getValue();
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer()).getTomcat();
        try {
            var context = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
            var session = context.getManager().findSession(id);
            return session.getMaxInactiveInterval();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String roles(People.Person person) {
        return person.api(port).get("/api/v1/me").json().get("roles").toString();
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var done = browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).doesNotContain("error");
        return browser;
    }
}
