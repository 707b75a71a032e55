package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Page sessions take their principal from memory ({@link Principals}); a change made by another node
 * (written here with SQL, as that node's {@link Accounts} would, change log included) reaches this
 * node's open sessions within the poll interval (1 s), and the same change without a change-log row
 * does not (what the log is for).
 */
@IntegrationTest
class PrincipalsNodesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Principals principals;

    @Test
    void aRoleRevokedOnAnotherNodeTakesEffectHereWithinThePollInterval() {
        var admin = People.theAdmin(port);
        var deputy = People.aCandidate(port);
        admin.api(port).put("/api/v1/admin/users/" + deputy.id() + "/roles", "{\"roles\":[\"CANDIDATE\",\"ADMIN\"]}");
        // The poll has seen the grant's own log row before the principal is cached (looked at here,
        // not waited for: a scheduler busy with other jobs may run it late, and it would then
        // rightly drop the principal the next assertion expects to be held).
        principals.followOtherNodes();
        var session = signedIn(deputy);
        assertThat(session.getPage("/admin").status()).isEqualTo(200);
        principals.followOtherNodes();

        jdbc.sql("DELETE FROM account_role WHERE account_id = ? AND role = 'ADMIN'")
                .param(deputy.id())
                .update();
        assertThat(session.getPage("/admin").status())
                .as("unannounced, the principal in memory still holds")
                .isEqualTo(200);
        logChange(deputy.id());

        assertThat(within(10_000, () -> session.getPage("/admin").status(), 403))
                .isEqualTo(403);
    }

    @Test
    void sessionsEndedOrAnAccountDeletedOnAnotherNodeSignOutHereWithinThePollInterval() {
        var person = People.aCandidate(port);
        var session = signedIn(person);
        assertThat(session.getPage("/settings").status()).isEqualTo(200);

        jdbc.sql("UPDATE account SET session_epoch = session_epoch + 1 WHERE id = ?")
                .param(person.id())
                .update();
        logChange(person.id());

        assertThat(within(10_000, () -> session.getPage("/settings").status(), 302))
                .isEqualTo(302);
    }

    private void logChange(long accountId) {
        jdbc.sql("INSERT INTO account_change (account_id, changed_at) VALUES (?, ?)")
                .params(accountId, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static int within(long millis, IntSupplier status, int wanted) {
        long end = System.currentTimeMillis() + millis;
        int last = status.getAsInt();
        while (last != wanted && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = status.getAsInt();
        }
        return last;
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var done = browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        assertThat(done.status()).isEqualTo(302);
        return browser;
    }
}
