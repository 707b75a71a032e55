package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The candidates of an organisation; deleting one removes everything about them in one logged step. */
@Service
@Transactional
public class Candidates {

    public static final int MAX_NAME = 120;
    public static final int MAX_PER_ORGANISATION = 10_000;

    private final JdbcClient jdbc;
    private final Membership membership;
    private final Removal removal;
    private final HiringLog log;
    private final Clock clock = Clock.systemUTC();

    Candidates(JdbcClient jdbc, Membership membership, Removal removal, HiringLog log) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.removal = removal;
        this.log = log;
    }

    public Candidate create(long accountId, String name) {
        long organisation = membership.requireCurrent(accountId);
        return create(accountId, organisation, name);
    }

    /** A candidate in a given organisation of the person's (e.g. the one of the kit at hand). */
    public Candidate createIn(long accountId, long organisationId, String name) {
        membership.require(organisationId, accountId);
        return create(accountId, organisationId, name);
    }

    private Candidate create(long accountId, long organisation, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        long count = jdbc.sql("SELECT COUNT(*) FROM hiring_candidate WHERE organisation_id = ?")
                .param(organisation)
                .query(Long.class)
                .single();
        if (count >= MAX_PER_ORGANISATION) {
            throw new InvalidParameterException(
                    "name", "the organisation already has " + MAX_PER_ORGANISATION + " candidates");
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_candidate (organisation_id, name, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(organisation, n, accountId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update(key, "id");
        return find(accountId, key.getKey().longValue());
    }

    @Transactional(readOnly = true)
    public List<Candidate> list(long accountId) {
        return listIn(accountId, membership.requireCurrent(accountId));
    }

    @Transactional(readOnly = true)
    public List<Candidate> listIn(long accountId, long organisation) {
        membership.require(organisation, accountId);
        return jdbc.sql("SELECT id, name, created_at FROM hiring_candidate WHERE organisation_id = ? ORDER BY name, id")
                .param(organisation)
                .query((rs, i) -> new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Candidate find(long accountId, long id) {
        membership.organisationOf("hiring_candidate", id, accountId, "candidate");
        return jdbc.sql("SELECT id, name, created_at FROM hiring_candidate WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .single();
    }

    long organisationOf(long accountId, long id) {
        return membership.organisationOf("hiring_candidate", id, accountId, "candidate");
    }

    /**
     * Removes the candidate, every scorecard about them (drafts and submitted, anyone's) and their
     * amendments, in one transaction, and logs that it happened without keeping the name. Owners may
     * do this, and the member who added the candidate.
     */
    public void delete(long accountId, long id) {
        long organisation = membership.organisationOf("hiring_candidate", id, accountId, "candidate");
        Long creator = jdbc.sql("SELECT created_by FROM hiring_candidate WHERE id = ?")
                .param(id)
                .query((rs, i) -> (Long) rs.getObject(1, Long.class))
                .single();
        if (membership.require(organisation, accountId) != OrgRole.OWNER && (creator == null || creator != accountId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only owners and whoever added the candidate may delete them");
        }
        int scorecards = removal.candidate(id);
        log.record(
                organisation,
                accountId,
                "CANDIDATE_DELETED",
                "candidate " + id + " and " + scorecards + " scorecard(s)");
    }
}
