package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.net.HttpCookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AccountPagesTest {

    @LocalServerPort
    int port;

    private String sessionId(Http browser) {
        return browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    @Test
    void signUpThroughThePageSignsInWithANewSessionIdAndOpensTheHome() {
        var browser = Http.browser(port);
        var form = browser.getPage("/signup");
        String before = sessionId(browser);
        String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        var result = browser.postForm(
                "/signup",
                Http.form("email", email, "displayName", "Grace", "password", People.PASSWORD, "_csrf", form.csrf()));

        assertThat(result.status()).isEqualTo(302);
        assertThat(result.header("Location")).endsWith("/?welcome");
        assertThat(sessionId(browser)).isNotNull().isNotEqualTo(before);
        var home = browser.getPage("/?welcome");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("Welcome to Prepstack, Grace")
                .contains("cards due for review")
                .contains(">Continue</button>");
        var settings = browser.getPage("/settings");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).contains(email).contains("Grace");
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndSameSiteLax() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var page = browser.getPage("/login");
        // Before sign-in the CSRF token travels in a cookie, not a server session.
        String csrfCookie = String.join("\n", page.headers("Set-Cookie"));
        var signedIn = browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", page.csrf()));
        String sessionCookie = signedIn.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();

        assertThat(csrfCookie)
                .contains("XSRF-TOKEN")
                .doesNotContain("JSESSIONID")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        browser.getPage("/login");

        var noToken = browser.postForm("/login", Http.form("email", person.email(), "password", person.password()));

        assertThat(noToken.status()).isEqualTo(403);
        assertThat(browser.getPage("/settings").status()).isEqualTo(302);
    }

    @Test
    void signInChangesTheSessionIdAndSignOutEndsIt() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        String anonymous = sessionId(browser);

        var signedIn = browser.postForm(
                "/login",
                Http.form("email", person.email().toUpperCase(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(sessionId(browser)).isNotEqualTo(anonymous);
        var settings = browser.getPage("/settings");
        assertThat(settings.status()).isEqualTo(200);

        browser.postForm("/logout", Http.form("_csrf", settings.csrf()));
        assertThat(browser.getPage("/settings").status()).isEqualTo(302);
    }

    @Test
    void wrongPasswordShowsTheSameMessageAsAnUnknownEmail() {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var wrong = browser.postForm(
                "/login", Http.form("email", "nobody@example.test", "password", "whatever-1", "_csrf", login.csrf()));

        assertThat(wrong.header("Location")).endsWith("/login?error");
        assertThat(browser.getPage("/login?error").body()).contains("Email or password is wrong.");
    }

    @Test
    void signUpShowsEveryProblemAtOnceBesideItsField() {
        var browser = Http.browser(port);
        var form = browser.getPage("/signup");

        var refused = browser.postForm(
                "/signup",
                Http.form("email", "not-an-address", "displayName", "", "password", "short", "_csrf", form.csrf()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("There are 3 problems with this form:")
                .contains("Enter an email address such as name@example.com.")
                .contains("Enter a display name.")
                .contains("Password must be 8 to 128 characters.")
                .contains("aria-invalid=\"true\" aria-describedby=\"email-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"displayName-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"password-error\"")
                .contains("value=\"not-an-address\"");

        // The deeper rules (a common password, an address already taken) come together too.
        var taken = People.aCandidate(port);
        var deeper = browser.postForm(
                "/signup",
                Http.form(
                        "email",
                        taken.email(),
                        "displayName",
                        "Grace",
                        "password",
                        "password123",
                        "_csrf",
                        form.csrf()));
        assertThat(deeper.status()).isEqualTo(400);
        assertThat(deeper.body())
                .contains("There are 2 problems with this form:")
                .contains("Email is already registered; sign in or reset your password.")
                .contains("Password is one of the most common passwords; choose another.")
                .doesNotContain("password123");
    }

    @Test
    void tokenCreationShowsEveryProblemAtOnceBesideItsField() {
        var person = People.aCandidate(port);
        var browser = signedIn(person);
        var settings = browser.getPage("/settings");

        var refused = browser.postForm(
                "/settings/tokens",
                Http.form(
                        "name",
                        " ",
                        "expiresInDays",
                        "400",
                        "password",
                        "not-my-password-1",
                        "_csrf",
                        settings.csrf()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("There are 3 problems with this form:")
                .contains("Token name must be 1 to 80 characters.")
                .contains("Expiry must be between 1 and 365.")
                .contains("Your password is needed again for this step and did not match.")
                .contains("href=\"#tokenName\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"tokenName-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"tokenExpiresInDays-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"tokenPassword-error\"")
                .contains("value=\"400\"")
                .doesNotContain("not-my-password-1");

        var notANumber = browser.postForm(
                "/settings/tokens",
                Http.form("name", "ci", "expiresInDays", "soon", "password", "", "_csrf", settings.csrf()));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body())
                .contains("There are 2 problems with this form:")
                .contains("Expiry must be a whole number of days.")
                .contains("Enter your password.")
                .contains("value=\"ci\"");
        assertThat(person.api(port).get("/api/v1/auth/tokens").body()).doesNotContain("\"ci\"");
    }

    @Test
    void settingsChangeTimeZonePasswordAndTokens() {
        var person = People.aCandidate(port);
        var browser = signedIn(person);
        var settings = browser.getPage("/settings");

        browser.postForm(
                "/settings/profile",
                Http.form("displayName", "Renamed", "timeZone", "Asia/Tokyo", "_csrf", settings.csrf()));
        settings = browser.getPage("/settings");
        assertThat(settings.body()).contains("Your profile was saved").contains("value=\"Asia/Tokyo\" selected");

        browser.postForm(
                "/settings/tokens",
                Http.form(
                        "name",
                        "ci script",
                        "expiresInDays",
                        "30",
                        "password",
                        person.password(),
                        "_csrf",
                        settings.csrf()));
        settings = browser.getPage("/settings");
        assertThat(settings.body()).contains("Your new token: <code>psk_").contains("ci script");

        var wrong = browser.postForm(
                "/settings/password",
                Http.form(
                        "currentPassword",
                        "wrong-one-1",
                        "newPassword",
                        "another-long-passphrase-9",
                        "_csrf",
                        settings.csrf()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("Current password does not match the password of this account.")
                .contains("aria-invalid=\"true\" aria-describedby=\"currentPassword-error\"")
                .contains("id=\"currentPassword-error\"")
                .doesNotContain("wrong-one-1");
        // Both fields wrong: both errors at once, each beside its field, and a summary linking to them.
        var both = browser.postForm(
                "/settings/password",
                Http.form("currentPassword", "wrong-one-1", "newPassword", "password", "_csrf", settings.csrf()));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body())
                .contains("There are 2 problems with this form:")
                .contains("href=\"#currentPassword\"")
                .contains("href=\"#newPassword\"")
                .contains("id=\"currentPassword-error\"")
                .contains("id=\"newPassword-error\"")
                .contains("Password is one of the most common passwords; choose another.");
        browser.postForm(
                "/settings/password",
                Http.form(
                        "currentPassword",
                        person.password(),
                        "newPassword",
                        "another-long-passphrase-9",
                        "_csrf",
                        settings.csrf()));
        assertThat(browser.getPage("/settings").body()).contains("Your password was changed");
        People.tokenFor(port, person.email(), "another-long-passphrase-9");
    }

    @Test
    void exportDownloadsJsonAndDeletionSignsOut() {
        var person = People.aCandidate(port);
        var browser = signedIn(person);
        var export = browser.getPage("/settings/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(export.body()).contains(person.email());

        var settings = browser.getPage("/settings");
        var notConfirmed =
                browser.postForm("/settings/delete", Http.form("confirmation", "nope", "_csrf", settings.csrf()));
        assertThat(notConfirmed.header("Location")).contains("/settings");
        var deleted = browser.postForm(
                "/settings/delete",
                Http.form("confirmation", "DELETE", "password", person.password(), "_csrf", settings.csrf()));
        assertThat(deleted.header("Location")).endsWith("/?account-deleted");
        assertThat(browser.getPage("/settings").status()).isEqualTo(302);
        assertThat(person.api(port).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void adminRolesFormShowsEveryProblemAtOnceInTheUsersRow() {
        var admin = signedIn(new People.Person(0, People.ADMIN_EMAIL, People.ADMIN_PASSWORD, null));
        var adminPage = admin.getPage("/admin");
        String body = adminPage.body();
        int row = body.indexOf("/admin/users/", body.indexOf(People.ADMIN_EMAIL));
        String id = body.substring(row + "/admin/users/".length(), body.indexOf('/', row + "/admin/users/".length()));

        var refused = admin.postForm(
                "/admin/users/" + id + "/roles",
                Http.form("roles", "KING", "password", "not-the-admin-password", "_csrf", adminPage.csrf()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("unknown role; use CANDIDATE, INTERVIEWER, EDITOR, ADMIN")
                .contains("Your password is needed again for this step and did not match.")
                .contains("id=\"roles-" + id + "-error\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"password-" + id + "-error\"");
        assertThat(admin.getPage("/admin").body()).doesNotContain("roles-" + id + "-error");
    }

    @Test
    void adminIssuesASingleUseResetLinkWhenThereIsNoMailServer() {
        var person = People.aCandidate(port);
        var admin = signedIn(new People.Person(0, People.ADMIN_EMAIL, People.ADMIN_PASSWORD, null));
        assertThat(new Http(port).getPage("/reset").body()).contains("Ask an administrator");

        var adminPage = admin.getPage("/admin");
        assertThat(adminPage.status()).isEqualTo(200);
        admin.postForm("/admin/users/" + person.id() + "/reset-link", Http.form("_csrf", adminPage.csrf()));
        String page = admin.getPage("/admin").body();
        String link = page.substring(page.indexOf("/reset/"), page.indexOf("</code>", page.indexOf("/reset/")));

        var browser = Http.browser(port);
        var form = browser.getPage(link);
        assertThat(form.status()).isEqualTo(200);
        // The password's problem beside its field, the link still usable.
        var tooShort = browser.postForm(link, Http.form("password", "short", "_csrf", form.csrf()));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body())
                .contains("There is a problem with this form:")
                .contains("Password must be 8 to 128 characters.")
                .contains("aria-invalid=\"true\" aria-describedby=\"password-error\"")
                .contains("id=\"password-error\"");
        var common = browser.postForm(link, Http.form("password", "password123", "_csrf", form.csrf()));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body())
                .contains("Password is one of the most common passwords; choose another.")
                .contains("aria-invalid=\"true\" aria-describedby=\"password-error\"")
                .doesNotContain("password123\"");
        var done = browser.postForm(link, Http.form("password", "brand-new-passphrase-3", "_csrf", form.csrf()));
        assertThat(done.header("Location")).endsWith("/login?reset");
        People.tokenFor(port, person.email(), "brand-new-passphrase-3");

        assertThat(Http.browser(port).getPage(link).status()).as("a used link").isEqualTo(404);
    }

    @Test
    void theAdminPagesReloadButtonSyncsTheContentAndSaysWhatChanged() {
        var admin = signedIn(new People.Person(0, People.ADMIN_EMAIL, People.ADMIN_PASSWORD, null));
        var adminPage = admin.getPage("/admin");
        assertThat(adminPage.body()).contains("Reload content");
        var reloaded = admin.postForm("/admin/content/reload", Http.form("_csrf", adminPage.csrf()));
        assertThat(reloaded.status()).isEqualTo(302);
        assertThat(reloaded.header("Location")).endsWith("/admin");
        assertThat(admin.getPage("/admin").body()).containsPattern("Content reloaded: \\d+ live questions");

        var person = People.aCandidate(port);
        var candidate = signedIn(person);
        var settings = candidate.getPage("/settings");
        assertThat(candidate
                        .postForm("/admin/content/reload", Http.form("_csrf", settings.csrf()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void pagesNeedTheRightRole() {
        var person = People.aCandidate(port);
        assertThat(new Http(port).getPage("/settings").status()).isEqualTo(302);
        assertThat(new Http(port).getPage("/admin").status()).isEqualTo(302);
        assertThat(signedIn(person).getPage("/admin").status()).isEqualTo(403);
    }

    @Test
    void rememberMeKeepsThePersonSignedInWithoutTheSession() {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login",
                Http.form(
                        "email",
                        person.email(),
                        "password",
                        person.password(),
                        "remember-me",
                        "on",
                        "_csrf",
                        login.csrf()));
        browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .toList()
                .forEach(c -> browser.cookies().getCookieStore().remove(null, c));

        assertThat(browser.getPage("/settings").status()).isEqualTo(200);
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var result = browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(result.status()).isEqualTo(302);
        assertThat(result.header("Location")).doesNotContain("error");
        return browser;
    }
}
