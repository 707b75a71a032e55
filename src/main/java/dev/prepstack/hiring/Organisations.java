package dev.prepstack.hiring;

import dev.prepstack.account.Accounts;
import dev.prepstack.account.Role;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, their members and invites, and which organisation each person works in. */
@Service
@Transactional
public class Organisations {

    static final Duration INVITE_VALIDITY = Duration.ofDays(7);
    static final int MAX_NAME = 120;

    private final OrganisationStore store;
    private final Membership membership;
    private final HiringLog log;
    private final Accounts accounts;
    private final Removal removal;
    private final Kits kits;
    private final Candidates candidates;
    private final Clock clock;

    Organisations(
            OrganisationStore store,
            Membership membership,
            HiringLog log,
            Accounts accounts,
            Removal removal,
            Kits kits,
            Candidates candidates,
            Clock clock) {
        this.store = store;
        this.membership = membership;
        this.log = log;
        this.accounts = accounts;
        this.removal = removal;
        this.kits = kits;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** Creates an organisation owned by its creator, and makes it their current one. */
    public Organisation create(long accountId, String name) {
        String n = name(name);
        long id = store.insert(n, clock.instant());
        store.addMember(id, accountId, OrgRole.OWNER, clock.instant());
        choose(accountId, id);
        log.record(id, accountId, "ORGANISATION_CREATED", null);
        return find(accountId, id);
    }

    @Transactional(readOnly = true)
    public List<Organisation> mine(long accountId) {
        return store.of(accountId, membership.current(accountId).orElse(null));
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
        store.setCurrent(accountId, organisationId);
        return find(accountId, organisationId);
    }

    /** The person's organisations and, in their current one, its kits and candidates. */
    @Transactional(readOnly = true)
    public Workspace workspace(long accountId) {
        List<Organisation> mine = mine(accountId);
        Optional<Organisation> current =
                mine.stream().filter(Organisation::current).findFirst();
        return current.isPresent()
                ? new Workspace(mine, current, kits.list(accountId), candidates.list(accountId))
                : new Workspace(mine, current, List.of(), List.of());
    }

    /** One of the person's organisations with its members, activity and (for owners) open invites. */
    @Transactional(readOnly = true)
    public Overview overview(long accountId, long organisationId) {
        Organisation organisation = find(accountId, organisationId);
        return new Overview(
                organisation,
                members(accountId, organisationId),
                activity(accountId, organisationId),
                organisation.owner() ? pendingInvites(accountId, organisationId) : List.of());
    }

    @Transactional(readOnly = true)
    public List<Member> members(long accountId, long organisationId) {
        membership.require(organisationId, accountId);
        return store.members(organisationId);
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
        Instant now = clock.instant();
        Instant expires = now.plus(INVITE_VALIDITY);
        long id = store.insertInvite(
                organisationId,
                InviteTokens.hash(token),
                label == null || label.isEmpty() ? null : label,
                accountId,
                now,
                expires);
        log.record(organisationId, accountId, "INVITE_CREATED", "invite " + id);
        return new IssuedInvite(id, organisationId, token, expires);
    }

    /** Takes back an open invite: its link stops working at once (owners); an unknown one is "not found". */
    public void revokeInvite(long accountId, long organisationId, long inviteId) {
        membership.requireOwner(organisationId, accountId);
        if (!store.deleteOpenInvite(organisationId, inviteId)) {
            throw new NotFoundException("No open invite " + inviteId);
        }
        log.record(organisationId, accountId, "INVITE_REVOKED", "invite " + inviteId);
    }

    @Transactional(readOnly = true)
    public List<PendingInvite> pendingInvites(long accountId, long organisationId) {
        membership.requireOwner(organisationId, accountId);
        return store.pendingInvites(organisationId, clock.instant());
    }

    /** What an invite link leads to; an unknown, used or expired one is "not found". */
    @Transactional(readOnly = true)
    public InvitePreview preview(long accountId, String token) {
        Invite invite = usableInvite(token);
        return new InvitePreview(
                invite.organisationId(),
                invite.organisationName(),
                invite.expiresAt(),
                membership.role(invite.organisationId(), accountId).isPresent());
    }

    /**
     * Uses the invite up (its row locked, so two people racing for one link cannot both win), makes
     * the person a member and an interviewer, and their current organisation.
     */
    public Organisation accept(long accountId, String token, String ip) {
        if (InviteTokens.plausible(token)) {
            store.lockInvite(InviteTokens.hash(token));
        }
        Invite invite = usableInvite(token);
        if (membership.role(invite.organisationId(), accountId).isPresent()) {
            throw new InvalidParameterException("token", "is for an organisation you already belong to");
        }
        store.markAccepted(invite.id(), accountId, clock.instant());
        store.addMember(invite.organisationId(), accountId, OrgRole.MEMBER, clock.instant());
        accounts.grantRole(
                accountId, Role.INTERVIEWER, "accepted an invite to organisation " + invite.organisationId(), ip);
        choose(accountId, invite.organisationId());
        log.record(invite.organisationId(), accountId, "INVITE_ACCEPTED", null);
        return find(accountId, invite.organisationId());
    }

    private Invite usableInvite(String token) {
        if (!InviteTokens.plausible(token)) {
            throw Invite.gone();
        }
        return store.invite(InviteTokens.hash(token)).orElseThrow(Invite::gone).usable(clock.instant());
    }

    /**
     * Owners remove members; anyone may leave. The last owner cannot leave while others remain: they
     * hand ownership on first (by making someone else owner), so no organisation is left unmanaged.
     */
    public void removeMember(long actorId, long organisationId, long memberId) {
        OrgRole actorRole = membership.require(organisationId, actorId);
        if (actorId != memberId && actorRole != OrgRole.OWNER) {
            throw new ForbiddenException("Only owners may remove members");
        }
        OrgRole memberRole = membership
                .role(organisationId, memberId)
                .orElseThrow(() -> new NotFoundException("No member " + memberId));
        if (memberRole == OrgRole.OWNER && store.owners(organisationId) == 1) {
            throw new InvalidParameterException("member", "is the last owner; make another member owner first");
        }
        removal.membership(organisationId, memberId);
        log.record(
                organisationId, actorId, actorId == memberId ? "MEMBER_LEFT" : "MEMBER_REMOVED", "account " + memberId);
    }

    /**
     * Owners make a member owner (or an owner a member again, while another owner remains); returns
     * the members as they are now.
     */
    public List<Member> setRole(long actorId, long organisationId, long memberId, OrgRole role) {
        membership.requireOwner(organisationId, actorId);
        OrgRole before = membership
                .role(organisationId, memberId)
                .orElseThrow(() -> new NotFoundException("No member " + memberId));
        if (before == OrgRole.OWNER && role == OrgRole.MEMBER && store.owners(organisationId) == 1) {
            throw new InvalidParameterException("role", "would leave the organisation without an owner");
        }
        store.setRole(organisationId, memberId, role);
        log.record(organisationId, actorId, "ROLE_CHANGED", "account " + memberId + " is now " + role);
        return store.members(organisationId);
    }

    static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return n;
    }

    /** An organisation's page: its members, recent activity and, for owners, the open invites (empty for others). */
    public record Overview(
            Organisation organisation, List<Member> members, List<LogEntry> activity, List<PendingInvite> invites) {}

    /** What an interviewer works with: their organisations and, in the current one, its kits and candidates. */
    public record Workspace(
            List<Organisation> organisations,
            Optional<Organisation> current,
            List<KitSummary> kits,
            List<Candidate> candidates) {}
}
