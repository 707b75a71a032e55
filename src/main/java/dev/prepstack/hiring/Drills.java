package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration drills: owners record answers to one kit question, every interviewer of the organisation
 * rates them blind, and afterwards everyone sees the spread, the owner's reference ratings and a
 * discussion note. Each public method is one use case; {@link Drill} holds the rules for a submission.
 */
@Service
@Transactional
public class Drills {

    static final int MAX_PER_ORGANISATION = 500;

    private final DrillStore store;
    private final Membership membership;
    private final Kits kits;
    private final People people;
    private final Clock clock;

    Drills(DrillStore store, Membership membership, Kits kits, People people, Clock clock) {
        this.store = store;
        this.membership = membership;
        this.kits = kits;
        this.people = people;
        this.clock = clock;
    }

    /** A drill in the kit's organisation; only its owners create drills. */
    public Drill create(long accountId, DrillDraft draft) {
        Kit kit = kits.find(accountId, draft.kitId(), draft.version());
        membership.requireOwner(kit.organisationId(), accountId);
        if (kit.archived()) {
            throw new InvalidParameterException("kitId", "names a deleted kit");
        }
        KitItem question = kit.item(draft.position());
        if (store.countIn(kit.organisationId()) >= MAX_PER_ORGANISATION) {
            throw new InvalidParameterException(
                    "title", "the organisation already has " + MAX_PER_ORGANISATION + " drills");
        }
        String title = draft.title() != null ? draft.title() : shortened(question.title());
        long id = store.insert(
                kit.organisationId(),
                kits.versionId(kit.id(), kit.version()),
                question.position(),
                title,
                accountId,
                clock.instant());
        store.insertAnswers(id, draft.answers());
        return find(accountId, id);
    }

    /** The current organisation's drills, newest first, with whether the viewer has rated each. */
    @Transactional(readOnly = true)
    public List<DrillSummary> list(long accountId) {
        long organisation = membership.requireCurrent(accountId);
        return store.ofOrganisation(organisation, accountId).stream()
                .map(s -> {
                    Kit kit = kits.byVersionId(s.kitVersionId());
                    return new DrillSummary(
                            s.id(),
                            s.title(),
                            kit.id(),
                            kit.title(),
                            kit.version(),
                            s.answers(),
                            s.submissions(),
                            s.rated());
                })
                .toList();
    }

    /** The drills page: the organisation's drills and whether the viewer may create one (owners only). */
    @Transactional(readOnly = true)
    public Board board(long accountId) {
        long organisation = membership.requireCurrent(accountId);
        return new Board(list(accountId), membership.require(organisation, accountId) == OrgRole.OWNER);
    }

    /** The organisation's drills as {@link #list} gives them, and whether the viewer may create one. */
    public record Board(List<DrillSummary> drills, boolean mayCreate) {}

    /** A drill as the viewer may see it (others' ratings only after submitting one's own). */
    @Transactional(readOnly = true)
    public Drill find(long accountId, long id) {
        DrillStore.Row row = store.row(id).orElseThrow(() -> notFound(id));
        OrgRole role = membership.role(row.organisationId(), accountId).orElseThrow(() -> notFound(id));
        return load(row, accountId, role == OrgRole.OWNER);
    }

    /** Submits one's ratings of every answer on every attribute, once; then the results open. */
    public Drill rate(long accountId, long id, List<DrillRating> ratings) {
        Drill drill = find(accountId, id);
        store.lock(id);
        List<DrillRating> checked = find(accountId, id).checkSubmission(ratings);
        try {
            store.insertSubmission(drill.id(), accountId, checked, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new InvalidParameterException("ratings", "you already rated this drill; ratings never change");
        }
        return find(accountId, id);
    }

    /** The owner's reference ratings (any of the answers and attributes) and discussion note, replaced. */
    public Drill debrief(long accountId, long id, List<DrillRating> reference, String discussion) {
        DrillStore.Row row = store.row(id).orElseThrow(() -> notFound(id));
        membership.role(row.organisationId(), accountId).orElseThrow(() -> notFound(id));
        membership.requireOwner(row.organisationId(), accountId);
        String note = discussion == null || discussion.isBlank() ? null : discussion.strip();
        if (note != null && note.length() > ScorecardDraft.MAX_TEXT) {
            throw new InvalidParameterException("discussion", "must be at most 20,000 characters");
        }
        Drill drill = find(accountId, id);
        store.writeDebrief(id, drill.checkReference(reference), note);
        return find(accountId, id);
    }

    private Drill load(DrillStore.Row row, long viewer, boolean owner) {
        Kit kit = kits.byVersionId(row.kitVersionId());
        List<Drill.Answer> answers = store.answers(row.id());
        List<DrillStore.Submission> submissions = store.submissions(row.id());
        var names = people.lookup();
        List<DrillRating> mine = List.of();
        List<Drill.Rater> raters = new ArrayList<>();
        for (DrillStore.Submission s : submissions) {
            List<DrillRating> ratings = store.ratings(s.id());
            if (s.raterId() != null && s.raterId() == viewer) {
                mine = ratings;
            }
            raters.add(new Drill.Rater(names.name(s.raterId()), ratings));
        }
        boolean submitted = !mine.isEmpty();
        Drill.Results results =
                submitted ? new Drill.Results(DrillSpread.of(answers, kit.attributes(), raters), raters) : null;
        boolean debriefVisible = submitted || owner;
        return new Drill(
                row.id(),
                kit.id(),
                kit.version(),
                kit.title(),
                kit.item(row.position()),
                row.title(),
                kit.attributes(),
                kit.anchors(),
                answers,
                names.name(row.createdBy()),
                row.createdAt(),
                owner,
                submissions.size(),
                mine,
                debriefVisible ? store.reference(row.id()) : List.of(),
                debriefVisible ? row.discussion() : null,
                results);
    }

    private static String shortened(String s) {
        return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No drill " + id);
    }
}
