package dev.prepstack.hiring;

import dev.prepstack.account.Accounts;
import dev.prepstack.account.Role;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, their members and invites, and which organisation each person works in. */
@Service
@Transactional
public class Organisations {

    public static final Duration INVITE_VALIDITY = Duration.ofDays(7);
    public static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final Membership membership;
    private final HiringLog log;
    private final Accounts accounts;
    private final Removal removal;
    private final Clock clock;

    @Autowired
    Organisations(JdbcClient jdbc, Membership membership, HiringLog log, Accounts accounts, Removal removal) {
        this(jdbc, membership, log, accounts, removal, Clock.systemUTC());
    }

    Organisations(
            JdbcClient jdbc, Membership membership, HiringLog log, Accounts accounts, Removal removal, Clock clock) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.log = log;
        this.accounts = accounts;
        this.removal = removal;
        this.clock = clock;
    }

    /** Creates an organisation owned by its creator, and makes it their current one. */
    public Organisation create(long accountId, String name) {
        String n = name(name);
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_organisation (name, created_at) VALUES (?, ?)")
                .params(n, now())
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO hiring_member (organisation_id, account_id, role, joined_at) VALUES (?, ?, ?, ?)")
                .params(id, accountId, OrgRole.OWNER.name(), now())
                .update();
        choose(accountId, id);
        log.record(id, accountId, "ORGANISATION_CREATED", null);
        return find(accountId, id);
    }

    @Transactional(readOnly = true)
    public List<Organisation> mine(long accountId) {
        Long current = membership.current(accountId).orElse(null);
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

    @Transactional(readOnly = true)
    public Organisation find(long accountId, long organisationId) {
        return mine(accountId).stream()
                .filter(o -> o.id() == organisationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No organisation " + organisationId));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> current(long accountId) {
        return mine(accountId).stream().filter(Organisation::current).findFirst();
    }

    /** Makes one of the person's organisations the one they work in. */
    public Organisation choose(long accountId, long organisationId) {
        membership.require(organisationId, accountId);
        jdbc.sql("DELETE FROM hiring_current_organisation WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("INSERT INTO hiring_current_organisation (account_id, organisation_id) VALUES (?, ?)")
                .params(accountId, organisationId)
                .update();
        return find(accountId, organisationId);
    }

    @Transactional(readOnly = true)
    public List<Member> members(long accountId, long organisationId) {
        membership.require(organisationId, accountId);
        return jdbc.sql("""
                        SELECT m.account_id, a.display_name, m.role, m.joined_at FROM hiring_member m
                        JOIN account a ON a.id = m.account_id
                        WHERE m.organisation_id = ? ORDER BY m.joined_at, m.account_id""")
                .param(organisationId)
                .query((rs, i) -> new Member(
                        rs.getLong(1),
                        rs.getString(2),
                        OrgRole.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public List<LogEntry> activity(long accountId, long organisationId) {
        membership.require(organisationId, accountId);
        return log.of(organisationId, 50);
    }

    /** A single-use link valid for {@link #INVITE_VALIDITY}; owners only. */
    public IssuedInvite invite(long accountId, long organisationId, String note) {
        membership.requireOwner(organisationId, accountId);
        String label = note == null ? null : note.strip();
        if (label != null && (label.length() > 120 || label.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidParameterException("note", "must be at most 120 characters");
        }
        String token = InviteTokens.newToken();
        OffsetDateTime expires = now().plus(INVITE_VALIDITY);
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_invite (organisation_id, token_hash, note, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        organisationId,
                        InviteTokens.hash(token),
                        label == null || label.isEmpty() ? null : label,
                        accountId,
                        now(),
                        expires)
                .update(key, "id");
        long id = key.getKey().longValue();
        log.record(organisationId, accountId, "INVITE_CREATED", "invite " + id);
        return new IssuedInvite(id, organisationId, token, expires.toInstant());
    }

    @Transactional(readOnly = true)
    public List<PendingInvite> pendingInvites(long accountId, long organisationId) {
        membership.requireOwner(organisationId, accountId);
        return jdbc.sql("SELECT id, note, created_at, expires_at FROM hiring_invite"
                        + " WHERE organisation_id = ? AND accepted_at IS NULL AND expires_at > ? ORDER BY id")
                .params(organisationId, now())
                .query((rs, i) -> new PendingInvite(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** What an invite link leads to; an unknown, used or expired one is "not found". */
    @Transactional(readOnly = true)
    public InvitePreview preview(long accountId, String token) {
        if (!InviteTokens.plausible(token)) {
            throw new NotFoundException("No such invite (it may have been used or have expired)");
        }
        return jdbc.sql("""
                        SELECT o.id, o.name, i.expires_at FROM hiring_invite i
                        JOIN hiring_organisation o ON o.id = i.organisation_id
                        WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.expires_at > ?""")
                .params(InviteTokens.hash(token), now())
                .query((rs, i) -> new InvitePreview(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        membership.role(rs.getLong(1), accountId).isPresent()))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such invite (it may have been used or have expired)"));
    }

    /**
     * Uses the invite up (one conditional update, so two people racing for one link cannot both
     * win), makes the person a member and an interviewer, and their current organisation.
     */
    public Organisation accept(long accountId, String token, String ip) {
        InvitePreview invite = preview(accountId, token);
        if (invite.alreadyMember()) {
            throw new InvalidParameterException("token", "is for an organisation you already belong to");
        }
        int used = jdbc.sql("UPDATE hiring_invite SET accepted_at = ?, accepted_by = ?"
                        + " WHERE token_hash = ? AND accepted_at IS NULL AND expires_at > ?")
                .params(now(), accountId, InviteTokens.hash(token), now())
                .update();
        if (used != 1) {
            throw new NotFoundException("No such invite (it may have been used or have expired)");
        }
        jdbc.sql("INSERT INTO hiring_member (organisation_id, account_id, role, joined_at) VALUES (?, ?, ?, ?)")
                .params(invite.organisationId(), accountId, OrgRole.MEMBER.name(), now())
                .update();
        accounts.grantRole(
                accountId, Role.INTERVIEWER, "accepted an invite to organisation " + invite.organisationId(), ip);
        choose(accountId, invite.organisationId());
        log.record(invite.organisationId(), accountId, "INVITE_ACCEPTED", null);
        return find(accountId, invite.organisationId());
    }

    /**
     * Owners remove members; anyone may leave. The last owner cannot leave while others remain: they
     * hand ownership on first (by making someone else owner), so no organisation is left unmanaged.
     */
    public void removeMember(long actorId, long organisationId, long memberId) {
        OrgRole actorRole = membership.require(organisationId, actorId);
        if (actorId != memberId && actorRole != OrgRole.OWNER) {
            throw new org.springframework.security.access.AccessDeniedException("Only owners may remove members");
        }
        OrgRole memberRole = membership
                .role(organisationId, memberId)
                .orElseThrow(() -> new NotFoundException("No member " + memberId));
        if (memberRole == OrgRole.OWNER && owners(organisationId) == 1) {
            throw new InvalidParameterException("member", "is the last owner; make another member owner first");
        }
        removal.membership(organisationId, memberId);
        log.record(
                organisationId, actorId, actorId == memberId ? "MEMBER_LEFT" : "MEMBER_REMOVED", "account " + memberId);
    }

    /** Owners make a member owner (or an owner a member again, while another owner remains). */
    public void setRole(long actorId, long organisationId, long memberId, OrgRole role) {
        membership.requireOwner(organisationId, actorId);
        OrgRole before = membership
                .role(organisationId, memberId)
                .orElseThrow(() -> new NotFoundException("No member " + memberId));
        if (before == OrgRole.OWNER && role == OrgRole.MEMBER && owners(organisationId) == 1) {
            throw new InvalidParameterException("role", "would leave the organisation without an owner");
        }
        jdbc.sql("UPDATE hiring_member SET role = ? WHERE organisation_id = ? AND account_id = ?")
                .params(role.name(), organisationId, memberId)
                .update();
        log.record(organisationId, actorId, "ROLE_CHANGED", "account " + memberId + " is now " + role);
    }

    private long owners(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_member WHERE organisation_id = ? AND role = 'OWNER'")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return n;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
