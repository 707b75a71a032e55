package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepstack.shared.NotFoundException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An invite link works once and only until it expires; otherwise it says no more than an unknown link. */
class InviteTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void anUnusedInviteBeforeItsExpiryIsUsable() {
        Invite invite = new Invite(1, 2, "Acme", NOW.plusSeconds(60), false);

        assertThat(invite.usable(NOW)).isSameAs(invite);
    }

    @Test
    void aUsedOrExpiredInviteIsNotFound() {
        for (Invite invite : new Invite[] {
            new Invite(1, 2, "Acme", NOW.plusSeconds(60), true),
            new Invite(1, 2, "Acme", NOW, false),
            new Invite(1, 2, "Acme", NOW.minusSeconds(1), false)
        }) {
            assertThatThrownBy(() -> invite.usable(NOW))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("No such invite (it may have been used or have expired)");
        }
    }
}
