package dev.prepstack.hiring;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards: drafts only their author sees, submission (after which the scorecard never changes,
 * amendments go beside it), the no-anchoring rule, evaluator suggestions and the comparison. Each
 * public method is one use case; {@link Scorecard} decides which states allow it, {@link
 * ScorecardStore} keeps it.
 */
@Service
@Transactional
public class Scorecards {

    private final ScorecardStore store;
    private final Membership membership;
    private final Kits kits;
    private final Candidates candidates;
    private final CandidateStore candidateStore;
    private final People people;
    private final Catalog catalog;
    private final AnswerFeedback feedback;
    private final Clock clock;

    Scorecards(
            ScorecardStore store,
            Membership membership,
            Kits kits,
            Candidates candidates,
            CandidateStore candidateStore,
            People people,
            Catalog catalog,
            AnswerFeedback feedback,
            Clock clock) {
        this.store = store;
        this.membership = membership;
        this.kits = kits;
        this.candidates = candidates;
        this.candidateStore = candidateStore;
        this.people = people;
        this.catalog = catalog;
        this.feedback = feedback;
        this.clock = clock;
    }

    /**
     * The interviewer's scorecard for a candidate with a kit: a new draft on the given version (the
     * latest when null), or the one they already have for that version.
     */
    public Started start(long accountId, long kitId, long candidateId, Integer version) {
        Kit kit = kits.find(accountId, kitId, version);
        if (kit.archived()) {
            throw new NotFoundException("No kit " + kitId + " (it was deleted)");
        }
        if (candidates.organisationOf(accountId, candidateId) != kit.organisationId()) {
            throw new InvalidParameterException("candidateId", "is not a candidate of the kit's organisation");
        }
        long versionId = kits.versionId(kitId, kit.version());
        Optional<Long> existing = store.idOf(versionId, candidateId, accountId);
        if (existing.isPresent()) {
            return new Started(find(accountId, existing.get()), false);
        }
        try {
            long id = store.insertDraft(kit.organisationId(), versionId, candidateId, accountId, clock.instant());
            return new Started(find(accountId, id), true);
        } catch (DuplicateKeyException e) {
            throw new InvalidParameterException("candidateId", "you are already scoring this candidate; reload");
        }
    }

    /**
     * Starts (or reopens) one's scorecard for a candidate named by id, or for a new candidate of the
     * kit's organisation created on the way (what the kit page's form does).
     */
    public Started start(long accountId, long kitId, CandidateChoice candidate, Integer version) {
        long candidateId = candidate.isNew()
                ? candidates
                        .createIn(accountId, kits.find(accountId, kitId, null).organisationId(), candidate.newName())
                        .id()
                : candidate.id();
        return start(accountId, kitId, candidateId, version);
    }

    /** Replaces the content of one's own draft. */
    public Scorecard save(long accountId, long id, ScorecardDraft draft) {
        ScorecardStore.Row row = ownForChange(accountId, id);
        Kit kit = kits.byVersionId(row.kitVersionId());
        store.writeContent(store.load(row, accountId, kit).edit(draft, kit, clock.instant()));
        return find(accountId, id);
    }

    /** Checks completeness and submits one's own draft; from now on it is read-only. */
    public Scorecard submit(long accountId, long id) {
        ScorecardStore.Row row = ownForChange(accountId, id);
        Kit kit = kits.byVersionId(row.kitVersionId());
        store.writeSubmitted(store.load(row, accountId, kit).submit(kit, clock.instant()));
        return find(accountId, id);
    }

    /** Saves and submits in one step (what the page's "Submit" button does). */
    public Scorecard saveAndSubmit(long accountId, long id, ScorecardDraft draft) {
        save(accountId, id, draft);
        return submit(accountId, id);
    }

    /**
     * Discards one's own draft (a candidate who withdrew, a scorecard started by mistake); submitted
     * scorecards cannot be discarded, only amended. Returns the candidate's id.
     */
    public long discard(long accountId, long id) {
        ScorecardStore.Row row = ownForChange(accountId, id);
        store.load(row, accountId, kits.byVersionId(row.kitVersionId())).discard();
        store.deleteDraft(id);
        return row.candidateId();
    }

    /**
     * Appends an amendment beside a submitted scorecard: by its author, or by an owner who may read
     * it. The scorecard itself stays as submitted.
     */
    public Scorecard amend(long accountId, long id, String text) {
        Scorecard card = find(accountId, id);
        ScorecardStore.Row row = store.row(id).orElseThrow();
        // Only submitted scorecards of others are visible, so a draft here is always one's own.
        if (!card.mine() && membership.require(row.organisationId(), accountId) != OrgRole.OWNER) {
            throw new ForbiddenException("Only the author or an owner may amend a scorecard");
        }
        store.addAmendment(id, accountId, card.amend(text, people.name(accountId), clock.instant()));
        return find(accountId, id);
    }

    /** A scorecard the viewer may read; anything else is "not found". */
    @Transactional(readOnly = true)
    public Scorecard find(long accountId, long id) {
        ScorecardStore.Row row = store.row(id).orElseThrow(() -> notFound(id));
        membership.role(row.organisationId(), accountId).orElseThrow(() -> notFound(id));
        if (!visible(row, accountId)) {
            throw notFound(id);
        }
        return load(row, accountId);
    }

    /** A scorecard the viewer may read with the kit version it uses. */
    @Transactional(readOnly = true)
    public Sheet sheet(long accountId, long id) {
        ScorecardStore.Row row = store.row(id).orElseThrow(() -> notFound(id));
        Scorecard card = find(accountId, id);
        return new Sheet(card, kits.byVersionId(row.kitVersionId()));
    }

    /** The candidate's scorecards the viewer may read and how many more stay hidden. */
    @Transactional(readOnly = true)
    public CandidateScorecards forCandidate(long accountId, long candidateId) {
        Candidate candidate = candidates.find(accountId, candidateId);
        List<Scorecard> visible = new ArrayList<>();
        int hidden = 0;
        for (ScorecardStore.Row row : store.ofCandidate(candidateId)) {
            if (visible(row, accountId)) {
                visible.add(load(row, accountId));
            } else if (row.submitted()) {
                hidden++;
            }
        }
        return new CandidateScorecards(candidate, visible, hidden, store.submittedFor(candidateId, accountId));
    }

    /**
     * The evaluator's view of a pasted or transcribed answer to one question of one's own draft:
     * which key points it seems to cover. Only a suggestion: nothing is ticked.
     */
    @Transactional(readOnly = true)
    public Feedback suggest(long accountId, long id, int position, String answer) {
        ScorecardStore.Row row = store.row(id).filter(r -> r.isBy(accountId)).orElseThrow(() -> notFound(id));
        membership.role(row.organisationId(), accountId).orElseThrow(() -> notFound(id));
        Kit kit = kits.byVersionId(row.kitVersionId());
        store.load(row, accountId, kit).checkDraft();
        KitItem item = kit.item(position);
        boolean bankUnchanged = item.fromBank()
                && catalog.question(item.questionSlug())
                        .map(q -> q.keyPoints().equals(item.keyPoints()))
                        .orElse(false);
        if (bankUnchanged) {
            return feedback.forQuestion(item.questionSlug(), answer);
        }
        // The version's own copy of the key points, which may differ from today's bank.
        return feedback.forRubric(item.title(), item.keyPoints(), item.referenceAnswer(), answer);
    }

    /** Candidates of one kit version side by side (the latest version with scorecards when null). */
    @Transactional(readOnly = true)
    public Comparison comparison(long accountId, long kitId, Integer version) {
        Kit latest = kits.find(accountId, kitId, null);
        List<Integer> versions = store.versionsScored(kitId);
        int chosen = version != null ? version : versions.isEmpty() ? latest.version() : versions.getFirst();
        Kit kit = kits.find(accountId, kitId, chosen);
        Map<Long, List<ScorecardStore.Row>> byCandidate = new LinkedHashMap<>();
        for (ScorecardStore.Row row : store.ofKitVersion(kits.versionId(kitId, chosen))) {
            if (row.submitted() || row.isBy(accountId)) {
                byCandidate
                        .computeIfAbsent(row.candidateId(), c -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Comparison.Column> columns = new ArrayList<>();
        byCandidate.forEach((candidate, rows) -> columns.add(column(accountId, kit, candidate, rows)));
        // Ranked by the panel's mean computed score where the viewer may see it; hidden columns after, by name.
        columns.sort(Comparator.comparing((Comparison.Column c) -> !c.visible())
                .thenComparing(c -> c.visible() && c.meanScore() != null ? -c.meanScore() : Double.POSITIVE_INFINITY)
                .thenComparing(Comparison.Column::name)
                .thenComparing(Comparison.Column::candidateId));
        return new Comparison(kitId, kit.title(), chosen, versions, kit.attributes(), kit.items(), columns);
    }

    private Comparison.Column column(long viewer, Kit kit, long candidateId, List<ScorecardStore.Row> rows) {
        boolean visible = store.submittedFor(candidateId, viewer);
        List<ScorecardStore.Row> submitted =
                rows.stream().filter(ScorecardStore.Row::submitted).toList();
        Long mine = rows.stream()
                .filter(r -> r.isBy(viewer))
                .map(ScorecardStore.Row::id)
                .findFirst()
                .orElse(null);
        boolean mineSubmitted = rows.stream().anyMatch(r -> r.isBy(viewer) && r.submitted());
        List<Scorecard> cards = visible
                ? submitted.stream().map(r -> store.load(r, viewer, kit)).toList()
                : List.of();
        return new Comparison.Column(
                candidateId,
                candidateStore.find(candidateId).name(),
                visible,
                submitted.size(),
                mine,
                mineSubmitted,
                visible ? ComparisonFigures.attributes(kit, cards) : Map.of(),
                visible ? ComparisonFigures.questions(kit, cards) : List.of(),
                visible ? ComparisonFigures.recommendations(cards) : Map.of(),
                cards.stream().map(Scorecard::id).toList(),
                ComparisonFigures.meanScore(cards),
                ComparisonFigures.scoreSpread(cards),
                ComparisonFigures.disagreements(cards));
    }

    /** One's own scorecard, locked for the change; other people's are "not found". */
    private ScorecardStore.Row ownForChange(long accountId, long id) {
        ScorecardStore.Row row = store.row(id).filter(r -> r.isBy(accountId)).orElseThrow(() -> notFound(id));
        membership.role(row.organisationId(), accountId).orElseThrow(() -> notFound(id));
        return store.lock(id);
    }

    /** The no-anchoring rule: one's own, or others' submitted ones once one submitted for the candidate. */
    private boolean visible(ScorecardStore.Row row, long viewer) {
        return row.isBy(viewer) || (row.submitted() && store.submittedFor(row.candidateId(), viewer));
    }

    private Scorecard load(ScorecardStore.Row row, long viewer) {
        return store.load(row, viewer, kits.byVersionId(row.kitVersionId()));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No scorecard " + id);
    }

    /** A scorecard with the kit version it uses: everything its page shows and its form is read against. */
    public record Sheet(Scorecard card, Kit kit) {

        /** Only the author changes a scorecard, and only while it is a draft. */
        public boolean editable() {
            return card.mine() && !card.submitted();
        }
    }

    /** The candidate a scorecard is started for: one of the organisation's by id, or a new one by name. */
    public record CandidateChoice(Long id, String newName) {

        public CandidateChoice {
            newName = newName == null || newName.isBlank() ? null : newName;
            if (newName == null && id == null) {
                throw new InvalidParameterException("candidateId", "choose a candidate or type a new name");
            }
        }

        /** The page's two fields: a new name wins; otherwise the chosen id must be a number. */
        public static CandidateChoice of(String candidateId, String newName) {
            if (newName != null && !newName.isBlank()) {
                return new CandidateChoice(null, newName);
            }
            try {
                return new CandidateChoice(
                        Long.parseLong(String.valueOf(candidateId).strip()), null);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("candidateId", "choose a candidate or type a new name");
            }
        }

        boolean isNew() {
            return newName != null;
        }
    }
}
