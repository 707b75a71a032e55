package dev.prepstack.hiring;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interview kits. Editing a kit writes a new version and never touches an old one, so a scorecard
 * always shows the questions, key points and attributes its interview used.
 */
@Service
@Transactional
public class Kits {

    public static final int MAX_PER_ORGANISATION = 500;

    private final JdbcClient jdbc;
    private final Membership membership;
    private final Catalog catalog;
    private final CustomQuestions customQuestions;
    private final Clock clock = Clock.systemUTC();

    Kits(JdbcClient jdbc, Membership membership, Catalog catalog, CustomQuestions customQuestions) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.catalog = catalog;
        this.customQuestions = customQuestions;
    }

    /** A new kit in the person's current organisation, at version 1. */
    public Kit create(long accountId, KitDraft draft) {
        long organisation = membership.requireCurrent(accountId);
        long count = jdbc.sql("SELECT COUNT(*) FROM hiring_kit WHERE organisation_id = ? AND archived_at IS NULL")
                .param(organisation)
                .query(Long.class)
                .single();
        if (count >= MAX_PER_ORGANISATION) {
            throw new InvalidParameterException(
                    "title", "the organisation already has " + MAX_PER_ORGANISATION + " kits");
        }
        List<KitItem> items = resolve(accountId, organisation, draft.items());
        long kit = newKit(organisation, accountId);
        writeVersion(kit, 1, Header.of(draft), items, accountId);
        return find(accountId, kit, null);
    }

    /** Writes the next version; the kit row is locked meanwhile so two edits get two numbers. */
    public Kit update(long accountId, long kitId, KitDraft draft) {
        long organisation = membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        var row = jdbc.sql("SELECT current_version, archived_at FROM hiring_kit WHERE id = ? FOR UPDATE")
                .param(kitId)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getObject(2)})
                .single();
        if (row[1] != null) {
            throw new NotFoundException("No kit " + kitId + " (it was deleted)");
        }
        List<KitItem> items = resolve(accountId, organisation, draft.items());
        int next = (int) row[0] + 1;
        writeVersion(kitId, next, Header.of(draft), items, accountId);
        jdbc.sql("UPDATE hiring_kit SET current_version = ? WHERE id = ?")
                .params(next, kitId)
                .update();
        return find(accountId, kitId, null);
    }

    /** A new kit (version 1) with the latest version's content, in the same organisation. */
    public Kit copy(long accountId, long kitId, String title) {
        Kit source = find(accountId, kitId, null);
        String copyOf = "Copy of " + source.title();
        String name =
                title == null || title.isBlank() ? copyOf.substring(0, Math.min(120, copyOf.length())) : title.strip();
        if (name.length() > 120 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("title", "must be 1 to 120 characters");
        }
        long kit = newKit(source.organisationId(), accountId);
        // The copy takes the items exactly as the source version has them (its copies of the text).
        writeVersion(
                kit,
                1,
                new Header(name, source.role(), source.level(), source.minutesPerQuestion(), source.attributes()),
                source.items(),
                accountId);
        return find(accountId, kit, null);
    }

    private record Header(String title, String role, Level level, int minutesPerQuestion, List<String> attributes) {

        static Header of(KitDraft d) {
            return new Header(d.title(), d.role(), d.level(), d.minutesPerQuestion(), d.attributes());
        }
    }

    /** Deletes a kit nobody has scored with; a kit with scorecards is archived, its versions kept. */
    public void delete(long accountId, long kitId) {
        membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        long scorecards = jdbc.sql("SELECT COUNT(*) FROM hiring_scorecard s JOIN hiring_kit_version v"
                        + " ON v.id = s.kit_version_id WHERE v.kit_id = ?")
                .param(kitId)
                .query(Long.class)
                .single();
        if (scorecards > 0) {
            jdbc.sql("UPDATE hiring_kit SET archived_at = ? WHERE id = ? AND archived_at IS NULL")
                    .params(now(), kitId)
                    .update();
            return;
        }
        jdbc.sql(
                        "DELETE FROM hiring_kit_item WHERE kit_version_id IN (SELECT id FROM hiring_kit_version WHERE kit_id = ?)")
                .param(kitId)
                .update();
        jdbc.sql("DELETE FROM hiring_kit_version WHERE kit_id = ?").param(kitId).update();
        jdbc.sql("DELETE FROM hiring_kit WHERE id = ?").param(kitId).update();
    }

    /** The current organisation's kits (not deleted), newest first. */
    @Transactional(readOnly = true)
    public List<KitSummary> list(long accountId) {
        long organisation = membership.requireCurrent(accountId);
        return jdbc.sql("""
                        SELECT k.id, v.title, v.role, v.level, v.version, v.created_at,
                          (SELECT COUNT(*) FROM hiring_kit_item i WHERE i.kit_version_id = v.id)
                        FROM hiring_kit k JOIN hiring_kit_version v ON v.kit_id = k.id AND v.version = k.current_version
                        WHERE k.organisation_id = ? AND k.archived_at IS NULL ORDER BY v.created_at DESC, k.id DESC""")
                .param(organisation)
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

    /** A version of a kit (the latest when {@code version} is null). */
    @Transactional(readOnly = true)
    public Kit find(long accountId, long kitId, Integer version) {
        membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        return load(kitId, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of kit " + kitId));
    }

    @Transactional(readOnly = true)
    public List<KitVersionSummary> versions(long accountId, long kitId) {
        membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        return jdbc.sql("""
                        SELECT v.version, v.title, a.display_name, v.created_by, v.created_at,
                          (SELECT COUNT(*) FROM hiring_scorecard s WHERE s.kit_version_id = v.id)
                        FROM hiring_kit_version v LEFT JOIN account a ON a.id = v.created_by
                        WHERE v.kit_id = ? ORDER BY v.version DESC""")
                .param(kitId)
                .query((rs, i) -> new KitVersionSummary(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(4) == null ? "former member" : rs.getString(3),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getLong(6)))
                .list();
    }

    /** The kit version a scorecard uses, by the version row's id (no access check: callers did it). */
    Kit byVersionId(long kitVersionId) {
        var ids = jdbc.sql("SELECT kit_id, version FROM hiring_kit_version WHERE id = ?")
                .param(kitVersionId)
                .query((rs, i) -> new int[] {rs.getInt(2), (int) rs.getLong(1)})
                .single();
        return load(ids[1], ids[0]).orElseThrow();
    }

    long versionId(long kitId, int version) {
        return jdbc.sql("SELECT id FROM hiring_kit_version WHERE kit_id = ? AND version = ?")
                .params(kitId, version)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No version " + version + " of kit " + kitId));
    }

    private java.util.Optional<Kit> load(long kitId, Integer version) {
        return jdbc.sql("""
                        SELECT k.id, k.organisation_id, v.version, k.current_version, v.title, v.role, v.level,
                          v.minutes_per_question, v.attributes_json, a.display_name, v.created_by, v.created_at,
                          k.archived_at, v.id
                        FROM hiring_kit k JOIN hiring_kit_version v ON v.kit_id = k.id
                        LEFT JOIN account a ON a.id = v.created_by
                        WHERE k.id = ? AND v.version = COALESCE(?, k.current_version)""")
                .params(kitId, version)
                .query((rs, i) -> kit(rs, items(rs.getLong(14))))
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
                        Json.strings(rs.getString(5)),
                        Json.strings(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    private static Kit kit(ResultSet rs, List<KitItem> items) throws SQLException {
        return new Kit(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                Level.fromSlug(rs.getString(7)).orElseThrow(),
                rs.getInt(8),
                Json.strings(rs.getString(9)),
                items,
                rs.getObject(11) == null ? "former member" : rs.getString(10),
                rs.getObject(12, OffsetDateTime.class).toInstant(),
                rs.getObject(13) != null);
    }

    /** Copies each question's text as it is now: bank questions must be live, custom ones the organisation's. */
    private List<KitItem> resolve(long accountId, long organisation, List<ItemRef> refs) {
        List<KitItem> items = new ArrayList<>();
        int position = 1;
        for (ItemRef ref : refs) {
            if (ref.questionSlug() != null) {
                Question q = catalog.question(ref.questionSlug())
                        .filter(found -> !found.retired() && found.slug().equals(ref.questionSlug()))
                        .orElseThrow(() -> new InvalidParameterException(
                                "items", "no live bank question '" + ref.questionSlug() + "'"));
                items.add(
                        new KitItem(position++, q.slug(), null, q.title(), q.keyPoints(), q.followUpQuestions(), null));
            } else {
                CustomQuestion q;
                try {
                    if (customQuestions.organisationOf(accountId, ref.customQuestionId()) != organisation) {
                        throw new NotFoundException("other organisation");
                    }
                    q = customQuestions.find(accountId, ref.customQuestionId());
                } catch (NotFoundException e) {
                    throw new InvalidParameterException(
                            "items", "no custom question " + ref.customQuestionId() + " in this organisation");
                }
                items.add(new KitItem(
                        position++, null, q.id(), q.title(), q.keyPoints(), q.followUps(), q.referenceAnswer()));
            }
        }
        return items;
    }

    private long newKit(long organisation, long accountId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO hiring_kit (organisation_id, current_version, created_by, created_at) VALUES (?, 1, ?, ?)")
                .params(organisation, accountId, now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void writeVersion(long kitId, int version, Header draft, List<KitItem> items, long accountId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hiring_kit_version (kit_id, version, title, role, level, minutes_per_question,
                          attributes_json, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        kitId,
                        version,
                        draft.title(),
                        draft.role(),
                        draft.level().slug(),
                        draft.minutesPerQuestion(),
                        Json.write(draft.attributes()),
                        accountId,
                        now())
                .update(key, "id");
        long versionId = key.getKey().longValue();
        int position = 1;
        for (KitItem item : items) {
            jdbc.sql("""
                            INSERT INTO hiring_kit_item (kit_version_id, position, question_slug, custom_question_id,
                              title, key_points_json, follow_ups_json, reference_answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            versionId,
                            position++,
                            item.questionSlug(),
                            item.customQuestionId(),
                            item.title(),
                            Json.write(item.keyPoints()),
                            Json.write(item.followUps()),
                            item.referenceAnswer())
                    .update();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
