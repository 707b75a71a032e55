package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class InviteHousekeepingTest {

    @LocalServerPort
    int port;

    @Autowired
    InviteHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void invitesThatExpiredUnusedLongAgoArePurgedAndOthersStay() {
        var hiring = new Hiring(port);
        var owner = hiring.owner();
        long organisation = hiring.currentOrganisation(owner);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insert(organisation, "old-unused", now.minusDays(45), null);
        insert(organisation, "recent-unused", now.minusDays(2), null);
        insert(organisation, "old-accepted", now.minusDays(45), now.minusDays(50));

        housekeeping.purgeExpiredInvites();

        assertThat(jdbc.sql("SELECT note FROM hiring_invite WHERE organisation_id = ? ORDER BY note")
                        .param(organisation)
                        .query(String.class)
                        .list())
                .containsExactly("old-accepted", "recent-unused");
    }

    private void insert(long organisation, String note, OffsetDateTime expires, OffsetDateTime accepted) {
        jdbc.sql("INSERT INTO hiring_invite (organisation_id, token_hash, note, created_at, expires_at, accepted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        organisation,
                        java.util.UUID.randomUUID().toString().replace("-", ""),
                        note,
                        expires.minusDays(7),
                        expires,
                        accepted)
                .update();
    }
}
