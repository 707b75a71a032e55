package dev.prepstack.hiring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Scorecards with their answers, ratings and amendments: the SQL and the row mapping. */
@Component
class ScorecardStore {

    private static final String COLUMNS =
            "SELECT id, organisation_id, kit_version_id, candidate_id, interviewer_id, status FROM hiring_scorecard";

    private final JdbcClient jdbc;
    private final Columns lists;
    private final People people;

    ScorecardStore(JdbcClient jdbc, Columns lists, People people) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.people = people;
    }

    /** Where a scorecard sits and whose it is: enough to decide who may see it. */
    record Row(
            long id, long organisationId, long kitVersionId, long candidateId, Long interviewerId, boolean submitted) {

        boolean isBy(long accountId) {
            return interviewerId != null && interviewerId == accountId;
        }
    }

    Optional<Row> row(long id) {
        return rows(COLUMNS + " WHERE id = ?", id).stream().findFirst();
    }

    /** The row, locked until the transaction ends, so a save cannot slip in beside a submission. */
    Row lock(long id) {
        return rows(COLUMNS + " WHERE id = ? FOR UPDATE", id).getFirst();
    }

    List<Row> ofCandidate(long candidateId) {
        return rows(COLUMNS + " WHERE candidate_id = ? ORDER BY id", candidateId);
    }

    List<Row> ofKitVersion(long kitVersionId) {
        return rows(COLUMNS + " WHERE kit_version_id = ? ORDER BY id", kitVersionId);
    }

    Optional<Long> idOf(long kitVersionId, long candidateId, long interviewerId) {
        return jdbc.sql("SELECT id FROM hiring_scorecard"
                        + " WHERE kit_version_id = ? AND candidate_id = ? AND interviewer_id = ?")
                .params(kitVersionId, candidateId, interviewerId)
                .query(Long.class)
                .optional();
    }

    boolean submittedFor(long candidateId, long interviewerId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_scorecard WHERE candidate_id = ? AND interviewer_id = ?"
                                + " AND status = 'SUBMITTED'")
                        .params(candidateId, interviewerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The versions of a kit that have scorecards, newest first. */
    List<Integer> versionsScored(long kitId) {
        return jdbc.sql("""
                        SELECT DISTINCT v.version FROM hiring_kit_version v JOIN hiring_scorecard s ON s.kit_version_id = v.id
                        WHERE v.kit_id = ? ORDER BY v.version DESC""").param(kitId).query(Integer.class).list();
    }

    /** A new draft; a racing second one for the same version, candidate and interviewer fails on the key. */
    long insertDraft(long organisationId, long kitVersionId, long candidateId, long interviewerId, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hiring_scorecard (organisation_id, kit_version_id, candidate_id, interviewer_id,
                          status, created_at, updated_at) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(
                        organisationId,
                        kitVersionId,
                        candidateId,
                        interviewerId,
                        Columns.timestamp(at),
                        Columns.timestamp(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The full scorecard as {@code viewer} sees it, its ratings in the order of the kit's attributes. */
    Scorecard load(Row row, long viewer, Kit kit) {
        Header header = header(row.id());
        Map<String, Scorecard.AttributeRating> byAttribute = new LinkedHashMap<>();
        jdbc.sql("SELECT attribute, rating, reason FROM hiring_scorecard_rating WHERE scorecard_id = ?")
                .param(row.id())
                .query((rs, i) -> new Scorecard.AttributeRating(
                        rs.getString(1), Verdict.valueOf(rs.getString(2)), rs.getString(3)))
                .list()
                .forEach(r -> byAttribute.put(r.attribute(), r));
        List<Scorecard.AttributeRating> ratings = kit.attributes().stream()
                .filter(byAttribute::containsKey)
                .map(byAttribute::get)
                .toList();
        return new Scorecard(
                row.id(),
                header.kitId(),
                header.kitVersion(),
                row.candidateId(),
                header.candidateName(),
                people.name(row.interviewerId()),
                row.isBy(viewer),
                row.submitted(),
                answers(row.id()),
                ratings,
                header.recommendation() == null ? null : Verdict.valueOf(header.recommendation()),
                header.summary(),
                header.updatedAt(),
                header.submittedAt(),
                amendments(row.id()),
                row.submitted() ? kit.score(ratings) : null,
                kit.anchors());
    }

    /** Replaces a draft's content; empty answers and unrated attributes are not stored. */
    void writeContent(Scorecard card) {
        deleteContent(card.id());
        for (Scorecard.Answer a : card.answers()) {
            jdbc.sql("""
                            INSERT INTO hiring_scorecard_answer (scorecard_id, position, covered_json, follow_ups_json,
                              notes, transcript) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            card.id(),
                            a.position(),
                            lists.write(a.coveredKeyPoints()),
                            lists.write(a.askedFollowUps()),
                            a.notes(),
                            a.transcript())
                    .update();
        }
        for (Scorecard.AttributeRating r : card.ratings()) {
            jdbc.sql(
                            "INSERT INTO hiring_scorecard_rating (scorecard_id, attribute, rating, reason) VALUES (?, ?, ?, ?)")
                    .params(card.id(), r.attribute(), r.rating().name(), r.reason() == null ? "" : r.reason())
                    .update();
        }
        jdbc.sql("UPDATE hiring_scorecard SET recommendation = ?, summary = ?, updated_at = ? WHERE id = ?")
                .params(
                        card.recommendation() == null
                                ? null
                                : card.recommendation().name(),
                        card.summary(),
                        Columns.timestamp(card.updatedAt()),
                        card.id())
                .update();
    }

    void writeSubmitted(Scorecard card) {
        jdbc.sql("UPDATE hiring_scorecard SET status = 'SUBMITTED', submitted_at = ?, updated_at = ? WHERE id = ?")
                .params(Columns.timestamp(card.submittedAt()), Columns.timestamp(card.updatedAt()), card.id())
                .update();
    }

    void addAmendment(long scorecardId, long authorId, Scorecard.Amendment amendment) {
        jdbc.sql("INSERT INTO hiring_amendment (scorecard_id, author_id, created_at, text) VALUES (?, ?, ?, ?)")
                .params(scorecardId, authorId, Columns.timestamp(amendment.at()), amendment.text())
                .update();
    }

    /** A draft with its answers and ratings (drafts have no amendments). */
    void deleteDraft(long id) {
        deleteContent(id);
        jdbc.sql("DELETE FROM hiring_scorecard WHERE id = ?").param(id).update();
    }

    private void deleteContent(long id) {
        jdbc.sql("DELETE FROM hiring_scorecard_answer WHERE scorecard_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM hiring_scorecard_rating WHERE scorecard_id = ?")
                .param(id)
                .update();
    }

    private List<Row> rows(String sql, long param) {
        return jdbc.sql(sql)
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

    private record Header(
            long kitId,
            int kitVersion,
            String candidateName,
            String recommendation,
            String summary,
            Instant updatedAt,
            Instant submittedAt) {}

    private Header header(long id) {
        return jdbc.sql("""
                        SELECT v.kit_id, v.version, c.name, s.recommendation, s.summary, s.updated_at, s.submitted_at
                        FROM hiring_scorecard s JOIN hiring_kit_version v ON v.id = s.kit_version_id
                        JOIN hiring_candidate c ON c.id = s.candidate_id WHERE s.id = ?""")
                .param(id)
                .query((rs, i) -> new Header(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(7, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .single();
    }

    private List<Scorecard.Answer> answers(long id) {
        return jdbc.sql("SELECT position, covered_json, follow_ups_json, notes, transcript"
                        + " FROM hiring_scorecard_answer WHERE scorecard_id = ? ORDER BY position")
                .param(id)
                .query((rs, i) -> new Scorecard.Answer(
                        rs.getInt(1),
                        lists.integers(rs.getString(2)),
                        lists.integers(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private List<Scorecard.Amendment> amendments(long id) {
        var names = people.lookup();
        return jdbc.sql(
                        "SELECT id, author_id, created_at, text FROM hiring_amendment WHERE scorecard_id = ? ORDER BY id")
                .param(id)
                .query((rs, i) -> new Scorecard.Amendment(
                        rs.getLong(1),
                        names.name(rs.getObject(2) == null ? null : rs.getLong(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
    }
}
