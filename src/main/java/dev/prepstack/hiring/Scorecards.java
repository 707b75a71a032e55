package dev.prepstack.hiring;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards: drafts only their author sees, submission (after which the scorecard never changes,
 * amendments go beside it), the no-anchoring rule, evaluator suggestions and the comparison.
 */
@Service
@Transactional
public class Scorecards {

    private final JdbcClient jdbc;
    private final Membership membership;
    private final Kits kits;
    private final Candidates candidates;
    private final Catalog catalog;
    private final AnswerFeedback feedback;
    private final Clock clock = Clock.systemUTC();

    Scorecards(
            JdbcClient jdbc,
            Membership membership,
            Kits kits,
            Candidates candidates,
            Catalog catalog,
            AnswerFeedback feedback) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.kits = kits;
        this.candidates = candidates;
        this.catalog = catalog;
        this.feedback = feedback;
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
        long candidateOrganisation = organisationOfCandidate(accountId, candidateId);
        if (candidateOrganisation != kit.organisationId()) {
            throw new InvalidParameterException("candidateId", "is not a candidate of the kit's organisation");
        }
        long versionId = kits.versionId(kitId, kit.version());
        Optional<Long> existing = jdbc.sql("SELECT id FROM hiring_scorecard"
                        + " WHERE kit_version_id = ? AND candidate_id = ? AND interviewer_id = ?")
                .params(versionId, candidateId, accountId)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return new Started(find(accountId, existing.get()), false);
        }
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO hiring_scorecard (organisation_id, kit_version_id, candidate_id, interviewer_id,
                              status, created_at, updated_at) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?)""")
                    .params(kit.organisationId(), versionId, candidateId, accountId, now(), now())
                    .update(key, "id");
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidParameterException("candidateId", "you are already scoring this candidate; reload");
        }
        return new Started(find(accountId, key.getKey().longValue()), true);
    }

    /** Replaces the content of one's own draft. */
    public Scorecard save(long accountId, long id, ScorecardDraft draft) {
        Row row = ownDraft(accountId, id);
        Kit kit = kits.byVersionId(row.kitVersionId());
        draft.checkAgainst(kit);
        write(id, draft);
        return find(accountId, id);
    }

    /** Checks completeness and submits one's own draft; from now on it is read-only. */
    public Scorecard submit(long accountId, long id) {
        Row row = ownDraft(accountId, id);
        Kit kit = kits.byVersionId(row.kitVersionId());
        Scorecard current = find(accountId, id);
        new ScorecardDraft(current.answers(), current.ratings(), current.recommendation(), current.summary())
                .checkComplete(kit);
        int n = jdbc.sql("UPDATE hiring_scorecard SET status = 'SUBMITTED', submitted_at = ?, updated_at = ?"
                        + " WHERE id = ? AND status = 'DRAFT'")
                .params(now(), now(), id)
                .update();
        if (n != 1) {
            throw new InvalidParameterException("status", "was already submitted");
        }
        return find(accountId, id);
    }

    /**
     * Discards one's own draft (a candidate who withdrew, a scorecard started by mistake); submitted
     * scorecards cannot be discarded, only amended.
     */
    public long discard(long accountId, long id) {
        Row row = ownDraft(accountId, id);
        jdbc.sql("DELETE FROM hiring_scorecard_answer WHERE scorecard_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM hiring_scorecard_rating WHERE scorecard_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM hiring_scorecard WHERE id = ? AND status = 'DRAFT'")
                .param(id)
                .update();
        return row.candidateId();
    }

    /** Saves and submits in one step (what the page's "Submit" button does). */
    public Scorecard saveAndSubmit(long accountId, long id, ScorecardDraft draft) {
        save(accountId, id, draft);
        return submit(accountId, id);
    }

    /**
     * Appends an amendment beside a submitted scorecard: by its author, or by an owner who may read
     * it. The scorecard itself stays as submitted.
     */
    public Scorecard amend(long accountId, long id, String text) {
        Scorecard card = find(accountId, id);
        if (!card.submitted()) {
            throw new InvalidParameterException(
                    "status", "is a draft: change it instead; amendments come after submitting");
        }
        long organisation = row(id).orElseThrow().organisationId();
        if (!card.mine() && membership.require(organisation, accountId) != OrgRole.OWNER) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the author or an owner may amend a scorecard");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > ScorecardDraft.MAX_TEXT) {
            throw new InvalidParameterException("text", "must be 1 to 20,000 characters");
        }
        jdbc.sql("INSERT INTO hiring_amendment (scorecard_id, author_id, created_at, text) VALUES (?, ?, ?, ?)")
                .params(id, accountId, now(), t)
                .update();
        return find(accountId, id);
    }

    /** A scorecard the viewer may read; anything else is "not found". */
    @Transactional(readOnly = true)
    public Scorecard find(long accountId, long id) {
        Row row = row(id).orElseThrow(() -> new NotFoundException("No scorecard " + id));
        membership.role(row.organisationId(), accountId).orElseThrow(() -> new NotFoundException("No scorecard " + id));
        if (!visible(row, accountId)) {
            throw new NotFoundException("No scorecard " + id);
        }
        return load(row, accountId);
    }

    /** The candidate's scorecards the viewer may read and how many more stay hidden. */
    @Transactional(readOnly = true)
    public CandidateScorecards forCandidate(long accountId, long candidateId) {
        Candidate candidate = candidates.find(accountId, candidateId);
        List<Scorecard> visible = new ArrayList<>();
        int hidden = 0;
        for (Row row : rows("candidate_id = ?", candidateId)) {
            if (visible(row, accountId)) {
                visible.add(load(row, accountId));
            } else if (row.submitted()) {
                hidden++;
            }
        }
        return new CandidateScorecards(candidate, visible, hidden, submittedFor(candidateId, accountId));
    }

    /**
     * The evaluator's view of a pasted or transcribed answer to one question of one's own draft:
     * which key points it seems to cover. Only a suggestion: nothing is ticked.
     */
    @Transactional(readOnly = true)
    public Feedback suggest(long accountId, long id, int position, String answer) {
        Row row = ownDraft(accountId, id);
        KitItem item = kits.byVersionId(row.kitVersionId()).item(position);
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
        List<Integer> versions = jdbc.sql("""
                        SELECT DISTINCT v.version FROM hiring_kit_version v JOIN hiring_scorecard s ON s.kit_version_id = v.id
                        WHERE v.kit_id = ? ORDER BY v.version DESC""").param(kitId).query(Integer.class).list();
        int chosen = version != null ? version : versions.isEmpty() ? latest.version() : versions.getFirst();
        Kit kit = kits.find(accountId, kitId, chosen);
        long versionId = kits.versionId(kitId, chosen);
        Map<Long, List<Row>> byCandidate = new LinkedHashMap<>();
        for (Row row : rows("kit_version_id = ?", versionId)) {
            if (row.submitted() || row.isBy(accountId)) {
                byCandidate
                        .computeIfAbsent(row.candidateId(), c -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Comparison.Column> columns = new ArrayList<>();
        for (var entry : byCandidate.entrySet()) {
            columns.add(column(accountId, kit, entry.getKey(), entry.getValue()));
        }
        columns.sort(
                java.util.Comparator.comparing(Comparison.Column::name).thenComparing(Comparison.Column::candidateId));
        return new Comparison(kitId, kit.title(), chosen, versions, kit.attributes(), kit.items(), columns);
    }

    private Comparison.Column column(long viewer, Kit kit, long candidateId, List<Row> rows) {
        String name = jdbc.sql("SELECT name FROM hiring_candidate WHERE id = ?")
                .param(candidateId)
                .query(String.class)
                .single();
        boolean visible = submittedFor(candidateId, viewer);
        List<Row> submitted = rows.stream().filter(Row::submitted).toList();
        Long mine = rows.stream()
                .filter(r -> r.isBy(viewer))
                .map(Row::id)
                .findFirst()
                .orElse(null);
        boolean mineSubmitted = rows.stream().anyMatch(r -> r.isBy(viewer) && r.submitted());
        Map<String, Comparison.AttributeFigures> attributes = new LinkedHashMap<>();
        List<Comparison.QuestionFigures> questions = new ArrayList<>();
        Map<Verdict, Integer> recommendations = new EnumMap<>(Verdict.class);
        List<Long> ids = new ArrayList<>();
        if (visible) {
            List<Scorecard> cards = submitted.stream().map(r -> load(r, viewer)).toList();
            cards.forEach(c -> ids.add(c.id()));
            for (String attribute : kit.attributes()) {
                Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
                int sum = 0;
                int n = 0;
                for (Scorecard c : cards) {
                    var rating = c.rating(attribute);
                    if (rating.isPresent() && rating.get().rating() != null) {
                        counts.merge(rating.get().rating(), 1, Integer::sum);
                        sum += rating.get().rating().points();
                        n++;
                    }
                }
                attributes.put(attribute, new Comparison.AttributeFigures(n == 0 ? null : (double) sum / n, counts));
            }
            for (KitItem item : kit.items()) {
                Integer percent = null;
                if (!cards.isEmpty() && !item.keyPoints().isEmpty()) {
                    double share = cards.stream()
                            .mapToDouble(c -> (double) c.answer(item.position())
                                            .coveredKeyPoints()
                                            .size()
                                    / item.keyPoints().size())
                            .average()
                            .orElse(0);
                    percent = (int) Math.round(share * 100);
                }
                questions.add(new Comparison.QuestionFigures(item.position(), percent));
            }
            cards.forEach(c -> {
                if (c.recommendation() != null) {
                    recommendations.merge(c.recommendation(), 1, Integer::sum);
                }
            });
        }
        return new Comparison.Column(
                candidateId,
                name,
                visible,
                submitted.size(),
                mine,
                mineSubmitted,
                attributes,
                questions,
                recommendations,
                ids);
    }

    long organisationOfCandidate(long accountId, long candidateId) {
        return candidates.organisationOf(accountId, candidateId);
    }

    // --- storage ---

    record Row(
            long id, long organisationId, long kitVersionId, long candidateId, Long interviewerId, boolean submitted) {

        boolean isBy(long accountId) {
            return interviewerId != null && interviewerId == accountId;
        }
    }

    /** One's own scorecard, or the "submitted" refusal; other people's are "not found". */
    private Row ownDraft(long accountId, long id) {
        Row row = row(id).filter(r -> r.isBy(accountId)).orElseThrow(() -> new NotFoundException("No scorecard " + id));
        membership.role(row.organisationId(), accountId).orElseThrow(() -> new NotFoundException("No scorecard " + id));
        // Locked until the transaction ends, so a save cannot slip in beside a submission.
        String status = jdbc.sql("SELECT status FROM hiring_scorecard WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .single();
        if (row.submitted() || !"DRAFT".equals(status)) {
            throw new InvalidParameterException("status", "is submitted and cannot change; add an amendment instead");
        }
        return row;
    }

    /** The no-anchoring rule: one's own, or others' submitted ones once one submitted for the candidate. */
    private boolean visible(Row row, long viewer) {
        return row.isBy(viewer) || (row.submitted() && submittedFor(row.candidateId(), viewer));
    }

    private boolean submittedFor(long candidateId, long viewer) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_scorecard WHERE candidate_id = ? AND interviewer_id = ?"
                                + " AND status = 'SUBMITTED'")
                        .params(candidateId, viewer)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<Row> row(long id) {
        return rows("id = ?", id).stream().findFirst();
    }

    private List<Row> rows(String where, Object param) {
        return jdbc.sql("SELECT id, organisation_id, kit_version_id, candidate_id, interviewer_id, status"
                        + " FROM hiring_scorecard WHERE " + where + " ORDER BY id")
                .param(param)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5),
                        "SUBMITTED".equals(rs.getString(6))))
                .list();
    }

    private Scorecard load(Row row, long viewer) {
        var header = jdbc.sql("""
                        SELECT v.kit_id, v.version, c.name, a.display_name, s.recommendation, s.summary, s.updated_at,
                          s.submitted_at
                        FROM hiring_scorecard s JOIN hiring_kit_version v ON v.id = s.kit_version_id
                        JOIN hiring_candidate c ON c.id = s.candidate_id
                        LEFT JOIN account a ON a.id = s.interviewer_id WHERE s.id = ?""")
                .param(row.id())
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class).toInstant(),
                    Optional.ofNullable(rs.getObject(8, OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant)
                            .orElse(null)
                })
                .single();
        List<Scorecard.Answer> answers = jdbc.sql("SELECT position, covered_json, follow_ups_json, notes, transcript"
                        + " FROM hiring_scorecard_answer WHERE scorecard_id = ? ORDER BY position")
                .param(row.id())
                .query((rs, i) -> new Scorecard.Answer(
                        rs.getInt(1),
                        Json.integers(rs.getString(2)),
                        Json.integers(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        Kit kit = kits.byVersionId(row.kitVersionId());
        Map<String, Scorecard.AttributeRating> byAttribute = new LinkedHashMap<>();
        jdbc.sql("SELECT attribute, rating, reason FROM hiring_scorecard_rating WHERE scorecard_id = ?")
                .param(row.id())
                .query((rs, i) -> new Scorecard.AttributeRating(
                        rs.getString(1), Verdict.valueOf(rs.getString(2)), rs.getString(3)))
                .list()
                .forEach(r -> byAttribute.put(r.attribute(), r));
        // In the kit's order of attributes, which is how every page shows them.
        List<Scorecard.AttributeRating> ratings = kit.attributes().stream()
                .filter(byAttribute::containsKey)
                .map(byAttribute::get)
                .toList();
        List<Scorecard.Amendment> amendments = jdbc.sql("""
                        SELECT m.id, a.display_name, m.author_id, m.created_at, m.text FROM hiring_amendment m
                        LEFT JOIN account a ON a.id = m.author_id WHERE m.scorecard_id = ? ORDER BY m.id""")
                .param(row.id())
                .query((rs, i) -> new Scorecard.Amendment(
                        rs.getLong(1),
                        rs.getObject(3) == null ? Scorecard.FORMER_MEMBER : rs.getString(2),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
        return new Scorecard(
                row.id(),
                (long) header[0],
                (int) header[1],
                row.candidateId(),
                (String) header[2],
                row.interviewerId() == null ? Scorecard.FORMER_MEMBER : (String) header[3],
                row.isBy(viewer),
                row.submitted(),
                answers,
                ratings,
                header[4] == null ? null : Verdict.valueOf((String) header[4]),
                (String) header[5],
                (Instant) header[6],
                (Instant) header[7],
                amendments);
    }

    private void write(long id, ScorecardDraft draft) {
        jdbc.sql("DELETE FROM hiring_scorecard_answer WHERE scorecard_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM hiring_scorecard_rating WHERE scorecard_id = ?")
                .param(id)
                .update();
        for (Scorecard.Answer a : draft.answers()) {
            if (a.coveredKeyPoints().isEmpty()
                    && a.askedFollowUps().isEmpty()
                    && a.notes() == null
                    && a.transcript() == null) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO hiring_scorecard_answer (scorecard_id, position, covered_json, follow_ups_json,
                              notes, transcript) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            a.position(),
                            Json.write(a.coveredKeyPoints()),
                            Json.write(a.askedFollowUps()),
                            a.notes(),
                            a.transcript())
                    .update();
        }
        for (Scorecard.AttributeRating r : draft.ratings()) {
            if (r.rating() == null) {
                continue;
            }
            jdbc.sql(
                            "INSERT INTO hiring_scorecard_rating (scorecard_id, attribute, rating, reason) VALUES (?, ?, ?, ?)")
                    .params(id, r.attribute(), r.rating().name(), r.reason() == null ? "" : r.reason())
                    .update();
        }
        jdbc.sql("UPDATE hiring_scorecard SET recommendation = ?, summary = ?, updated_at = ? WHERE id = ?")
                .params(
                        draft.recommendation() == null
                                ? null
                                : draft.recommendation().name(),
                        draft.summary(),
                        now(),
                        id)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
