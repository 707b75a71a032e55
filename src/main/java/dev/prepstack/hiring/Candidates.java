package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The candidates of an organisation; deleting one removes everything about them in one logged step. */
@Service
@Transactional
public class Candidates {

    static final int MAX_NAME = 120;
    static final int MAX_PER_ORGANISATION = 10_000;

    private final CandidateStore store;
    private final Membership membership;
    private final Removal removal;
    private final HiringLog log;
    private final Clock clock;

    Candidates(CandidateStore store, Membership membership, Removal removal, HiringLog log, Clock clock) {
        this.store = store;
        this.membership = membership;
        this.removal = removal;
        this.log = log;
        this.clock = clock;
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
        if (store.count(organisation) >= MAX_PER_ORGANISATION) {
            throw new InvalidParameterException(
                    "name", "the organisation already has " + MAX_PER_ORGANISATION + " candidates");
        }
        return find(accountId, store.insert(organisation, n, accountId, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Candidate> list(long accountId) {
        return listIn(accountId, membership.requireCurrent(accountId));
    }

    @Transactional(readOnly = true)
    public List<Candidate> listIn(long accountId, long organisation) {
        membership.require(organisation, accountId);
        return store.ofOrganisation(organisation);
    }

    @Transactional(readOnly = true)
    public Candidate find(long accountId, long id) {
        membership.organisationOf("hiring_candidate", id, accountId, "candidate");
        return store.find(id);
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
        boolean added =
                store.creator(id).filter(creator -> creator == accountId).isPresent();
        if (membership.require(organisation, accountId) != OrgRole.OWNER && !added) {
            throw new dev.prepstack.shared.ForbiddenException(
                    "Only owners and whoever added the candidate may delete them");
        }
        int scorecards = removal.candidate(id);
        log.record(
                organisation,
                accountId,
                "CANDIDATE_DELETED",
                "candidate " + id + " and " + scorecards + (scorecards == 1 ? " scorecard" : " scorecards"));
    }
}
