package dev.prepstack.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attack suite, issue 18 item 3: visitors without an account cannot pile up sessions. With a cap of
 * two, a third guest who would need a session is asked to come back (503, Retry-After), while signing
 * in still works.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prepstack.embedding.enabled=false", "prepstack.max-anonymous-sessions=2"})
@ActiveProfiles("test")
class AnonymousSessionCapTest {

    @LocalServerPort
    int port;

    @Test
    void guestSessionsStopAtTheCapAndSigningInStillWorks() {
        assertThat(startGuestPractice(Http.browser(port)).status()).isEqualTo(302);
        assertThat(startGuestPractice(Http.browser(port)).status()).isEqualTo(302);

        var third = startGuestPractice(Http.browser(port));
        assertThat(third.status()).isEqualTo(503);
        assertThat(third.header("Retry-After")).isNotNull();
        assertThat(new Http(port).getPage("/practice").status())
                .as("reading needs no session")
                .isEqualTo(200);

        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var signedIn = browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(signedIn.header("Location")).doesNotContain("error");
        assertThat(browser.getPage("/settings").status()).isEqualTo(200);
    }

    private Http.Response startGuestPractice(Http guest) {
        var choose = guest.getPage("/practice");
        return guest.postForm(
                "/practice/sessions",
                Http.form("mode", "new", "topics", "testing", "size", "2", "_csrf", choose.csrf()));
    }
}
