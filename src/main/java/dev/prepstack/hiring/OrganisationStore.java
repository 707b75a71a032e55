package dev.prepstack.hiring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Organisations, their members, each person's current organisation and invites: the SQL and the row
 * mapping. Who may read them is {@link Membership}'s; removals spanning tables are {@link Removal}'s.
 */
@Component
class OrganisationStore {

    private final JdbcClient jdbc;
    private final People people;

    OrganisationStore(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    long insert(String name, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_organisation (name, created_at) VALUES (?, ?)")
                .params(name, Columns.timestamp(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void addMember(long organisationId, long accountId, OrgRole role, Instant at) {
        jdbc.sql("INSERT INTO hiring_member (organisation_id, account_id, role, joined_at) VALUES (?, ?, ?, ?)")
                .params(organisationId, accountId, role.name(), Columns.timestamp(at))
                .update();
    }

    /** The person's organisations; {@code current} marks the one they work in. */
    List<Organisation> of(long accountId, Long current) {
        return jdbc.sql("""
                        SELECT o.id, o.name, m.role, o.created_at FROM hiring_organisation o
                        JOIN hiring_member m ON m.organisation_id = o.id
                        WHERE m.account_id = ? ORDER BY o.name, o.id""")
                .param(accountId)
                .query((rs, i) -> new Organisation(
                        rs.getLong(1),
                        rs.getString(2),
                        OrgRole.valueOf(rs.getString(3)),
                        current != null && current == rs.getLong(1),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    void setCurrent(long accountId, long organisationId) {
        jdbc.sql("DELETE FROM hiring_current_organisation WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("INSERT INTO hiring_current_organisation (account_id, organisation_id) VALUES (?, ?)")
                .params(accountId, organisationId)
                .update();
    }

    List<Member> members(long organisationId) {
        var names = people.lookup();
        return jdbc.sql("""
                        SELECT account_id, role, joined_at FROM hiring_member
                        WHERE organisation_id = ? ORDER BY joined_at, account_id""")
                .param(organisationId)
                .query((rs, i) -> new Member(
                        rs.getLong(1),
                        names.name(rs.getLong(1)),
                        OrgRole.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    long owners(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_member WHERE organisation_id = ? AND role = 'OWNER'")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    void setRole(long organisationId, long accountId, OrgRole role) {
        jdbc.sql("UPDATE hiring_member SET role = ? WHERE organisation_id = ? AND account_id = ?")
                .params(role.name(), organisationId, accountId)
                .update();
    }

    long insertInvite(long organisationId, String tokenHash, String note, long createdBy, Instant at, Instant expires) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_invite (organisation_id, token_hash, note, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(organisationId, tokenHash, note, createdBy, Columns.timestamp(at), Columns.timestamp(expires))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Deletes an open invite of the organisation; false when there is none (used, or another's). */
    boolean deleteOpenInvite(long organisationId, long inviteId) {
        return jdbc.sql("DELETE FROM hiring_invite WHERE id = ? AND organisation_id = ? AND accepted_at IS NULL")
                        .params(inviteId, organisationId)
                        .update()
                > 0;
    }

    /** Invites of the organisation not yet used and still valid at {@code now}. */
    List<PendingInvite> pendingInvites(long organisationId, Instant now) {
        return jdbc.sql("SELECT id, note, created_at, expires_at FROM hiring_invite"
                        + " WHERE organisation_id = ? AND accepted_at IS NULL AND expires_at > ? ORDER BY id")
                .params(organisationId, Columns.timestamp(now))
                .query((rs, i) -> new PendingInvite(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<Invite> invite(String tokenHash) {
        return jdbc.sql("""
                        SELECT i.id, o.id, o.name, i.expires_at, i.accepted_at FROM hiring_invite i
                        JOIN hiring_organisation o ON o.id = i.organisation_id WHERE i.token_hash = ?""")
                .param(tokenHash)
                .query((rs, i) -> new Invite(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5) != null))
                .optional();
    }

    /** Locks the invite until the transaction ends, so two people racing for one link go one after the other. */
    void lockInvite(String tokenHash) {
        jdbc.sql("SELECT id FROM hiring_invite WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash)
                .query(Long.class)
                .optional();
    }

    void markAccepted(long inviteId, long accountId, Instant at) {
        jdbc.sql("UPDATE hiring_invite SET accepted_at = ?, accepted_by = ? WHERE id = ?")
                .params(Columns.timestamp(at), accountId, inviteId)
                .update();
    }

    /** Deletes invites that expired unused before {@code before}; accepted ones stay as the record of who joined. */
    int purgeUnusedInvitesExpiredBefore(Instant before) {
        return jdbc.sql("DELETE FROM hiring_invite WHERE accepted_at IS NULL AND expires_at < ?")
                .param(Columns.timestamp(before))
                .update();
    }
}
