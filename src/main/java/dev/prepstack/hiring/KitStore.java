package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Kits, their versions and the versions' items: the SQL and the row mapping. */
@Component
class KitStore {

    private final JdbcClient jdbc;
    private final Columns lists;
    private final People people;

    KitStore(JdbcClient jdbc, Columns lists, People people) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.people = people;
    }

    /** The kit's head, locked until the transaction ends, so two edits get two numbers. */
    KitHead lock(long kitId) {
        return jdbc.sql("SELECT id, current_version, archived_at FROM hiring_kit WHERE id = ? FOR UPDATE")
                .param(kitId)
                .query((rs, i) -> new KitHead(rs.getLong(1), rs.getInt(2), rs.getObject(3) != null))
                .single();
    }

    long countLive(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_kit WHERE organisation_id = ? AND archived_at IS NULL")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    long insertKit(long organisationId, long createdBy, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO hiring_kit (organisation_id, current_version, created_by, created_at) VALUES (?, 1, ?, ?)")
                .params(organisationId, createdBy, Columns.timestamp(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Writes one version with copies of its items' text; versions are never changed afterwards. */
    void insertVersion(long kitId, KitVersion version, long createdBy, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hiring_kit_version (kit_id, version, title, role, level, minutes_per_question,
                          attributes_json, anchors_json, weights_json, created_by, created_at)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        kitId,
                        version.number(),
                        version.title(),
                        version.role(),
                        version.level().slug(),
                        version.minutesPerQuestion(),
                        lists.write(version.attributes()),
                        lists.writeMap(version.anchors()),
                        lists.writeMap(version.weights()),
                        createdBy,
                        Columns.timestamp(at))
                .update(key, "id");
        long versionId = key.getKey().longValue();
        int position = 1;
        for (KitItem item : version.items()) {
            jdbc.sql("""
                            INSERT INTO hiring_kit_item (kit_version_id, position, question_slug, custom_question_id,
                              title, key_points_json, follow_ups_json, reference_answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            versionId,
                            position++,
                            item.questionSlug(),
                            item.customQuestionId(),
                            item.title(),
                            lists.write(item.keyPoints()),
                            lists.write(item.followUps()),
                            item.referenceAnswer())
                    .update();
        }
    }

    void setCurrentVersion(long kitId, int version) {
        jdbc.sql("UPDATE hiring_kit SET current_version = ? WHERE id = ?")
                .params(version, kitId)
                .update();
    }

    /** Scorecards and calibration drills written with any version of the kit: both keep their version. */
    long scorecards(long kitId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_scorecard s JOIN hiring_kit_version v"
                                + " ON v.id = s.kit_version_id WHERE v.kit_id = ?")
                        .param(kitId)
                        .query(Long.class)
                        .single()
                + jdbc.sql("SELECT COUNT(*) FROM hiring_drill d JOIN hiring_kit_version v"
                                + " ON v.id = d.kit_version_id WHERE v.kit_id = ?")
                        .param(kitId)
                        .query(Long.class)
                        .single();
    }

    void archive(long kitId, Instant at) {
        jdbc.sql("UPDATE hiring_kit SET archived_at = ? WHERE id = ? AND archived_at IS NULL")
                .params(Columns.timestamp(at), kitId)
                .update();
    }

    void delete(long kitId) {
        jdbc.sql(
                        "DELETE FROM hiring_kit_item WHERE kit_version_id IN (SELECT id FROM hiring_kit_version WHERE kit_id = ?)")
                .param(kitId)
                .update();
        jdbc.sql("DELETE FROM hiring_kit_version WHERE kit_id = ?").param(kitId).update();
        jdbc.sql("DELETE FROM hiring_kit WHERE id = ?").param(kitId).update();
    }

    /** The organisation's live kits at their latest version, newest first. */
    List<KitSummary> live(long organisationId) {
        return jdbc.sql("""
                        SELECT k.id, v.title, v.role, v.level, v.version, v.created_at,
                          (SELECT COUNT(*) FROM hiring_kit_item i WHERE i.kit_version_id = v.id)
                        FROM hiring_kit k JOIN hiring_kit_version v ON v.kit_id = k.id AND v.version = k.current_version
                        WHERE k.organisation_id = ? AND k.archived_at IS NULL ORDER BY v.created_at DESC, k.id DESC""")
                .param(organisationId)
                .query((rs, i) -> new KitSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Level.fromSlug(rs.getString(4)).orElseThrow(),
                        rs.getInt(5),
                        rs.getInt(7),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    List<KitVersionSummary> versions(long kitId) {
        var names = people.lookup();
        return jdbc.sql("""
                        SELECT v.version, v.title, v.created_by, v.created_at,
                          (SELECT COUNT(*) FROM hiring_scorecard s WHERE s.kit_version_id = v.id)
                        FROM hiring_kit_version v WHERE v.kit_id = ? ORDER BY v.version DESC""")
                .param(kitId)
                .query((rs, i) -> new KitVersionSummary(
                        rs.getInt(1),
                        rs.getString(2),
                        names.name(rs.getObject(3, Long.class)),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getLong(5)))
                .list();
    }

    /** A version of a kit (the latest when {@code version} is null). */
    Optional<Kit> find(long kitId, Integer version) {
        return jdbc.sql("""
                        SELECT k.id, k.organisation_id, v.version, k.current_version, v.title, v.role, v.level,
                          v.minutes_per_question, v.attributes_json, v.created_by, v.created_at, k.archived_at, v.id,
                          v.anchors_json, v.weights_json
                        FROM hiring_kit k JOIN hiring_kit_version v ON v.kit_id = k.id
                        WHERE k.id = ? AND v.version = COALESCE(?, k.current_version)""")
                .params(kitId, version)
                .query((rs, i) -> kit(rs, items(rs.getLong(13))))
                .optional();
    }

    /** The kit version a scorecard uses, by the version row's id. */
    Kit byVersionId(long kitVersionId) {
        var ids = jdbc.sql("SELECT kit_id, version FROM hiring_kit_version WHERE id = ?")
                .param(kitVersionId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .single();
        return find(ids[0], (int) ids[1]).orElseThrow();
    }

    Optional<Long> versionId(long kitId, int version) {
        return jdbc.sql("SELECT id FROM hiring_kit_version WHERE kit_id = ? AND version = ?")
                .params(kitId, version)
                .query(Long.class)
                .optional();
    }

    private List<KitItem> items(long kitVersionId) {
        return jdbc.sql("""
                        SELECT position, question_slug, custom_question_id, title, key_points_json, follow_ups_json,
                          reference_answer FROM hiring_kit_item WHERE kit_version_id = ? ORDER BY position""")
                .param(kitVersionId)
                .query((rs, i) -> new KitItem(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getString(4),
                        lists.strings(rs.getString(5)),
                        lists.strings(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    private Kit kit(ResultSet rs, List<KitItem> items) throws SQLException {
        return new Kit(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                Level.fromSlug(rs.getString(7)).orElseThrow(),
                rs.getInt(8),
                lists.strings(rs.getString(9)),
                items,
                people.name(rs.getObject(10, Long.class)),
                rs.getObject(11, OffsetDateTime.class).toInstant(),
                rs.getObject(12) != null,
                lists.anchors(rs.getString(14)),
                lists.weights(rs.getString(15)));
    }
}
