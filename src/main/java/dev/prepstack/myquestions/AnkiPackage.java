package dev.prepstack.myquestions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Anki package ({@code .apkg}) of own questions: a zip holding {@code collection.anki2}, an
 * SQLite collection in the schema (11) that every Anki since 2.1 imports, with one note type of our
 * own ("Prepstack question": Front, Back, Key points, Follow-ups, Level), one deck, and a new card per
 * note. Field text is HTML-escaped with line breaks as {@code <br>}, so the Markdown answer reads as
 * written in Anki and {@link AnkiQuestions} reads every field back as it was.
 *
 * <p>The note type's and the deck's ids are fixed and a note's guid comes from its question's id, so
 * importing a later export into Anki updates the notes it has instead of adding them again.
 */
final class AnkiPackage {

    static final String NOTE_TYPE = "Prepstack question";
    static final List<String> FIELDS = List.of("Front", "Back", "Key points", "Follow-ups", "Level");
    static final long NOTE_TYPE_ID = 1_765_000_000_026L;
    static final long DECK_ID = 1_765_000_000_027L;
    static final String DECK_NAME = "My Prepstack questions";

    private AnkiPackage() {}

    static byte[] write(List<OwnQuestion> questions, Instant now) {
        Path db = null;
        try {
            db = Files.createTempFile("prepstack-anki-export-", ".anki2");
            Files.delete(db); // SQLite makes the file; an empty one is not a database.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                c.setAutoCommit(false);
                schema(c);
                collection(c, now, questions.size());
                notes(c, questions, now);
                c.commit();
            }
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                Files.copy(db, zip);
                zip.closeEntry();
                // No media: a package says so with an empty map.
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the Anki collection failed", e);
        } finally {
            if (db != null) {
                try {
                    Files.deleteIfExists(db);
                } catch (IOException ignored) {
                    // A temporary file; the system's temporary folder cleaning takes it.
                }
            }
        }
    }

    /** Field text as Anki shows it: escaped, line breaks kept. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\r\n", "\n")
                .replace("\n", "<br>");
    }

    /** Anki separates tags by spaces; a space inside one of ours becomes {@code _} (read back as a space). */
    static String tags(List<String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" ");
        for (String t : tags) {
            s.append(t.strip().replaceAll("\\s+", "_")).append(' ');
        }
        return s.toString();
    }

    private static void schema(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,"
                    + " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
                    + " ls integer not null, conf text not null, models text not null, decks text not null,"
                    + " dconf text not null, tags text not null)");
            st.execute("CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,"
                    + " mod integer not null, usn integer not null, tags text not null, flds text not null,"
                    + " sfld integer not null, csum integer not null, flags integer not null, data text not null)");
            st.execute("CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,"
                    + " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
                    + " queue integer not null, due integer not null, ivl integer not null, factor integer not null,"
                    + " reps integer not null, lapses integer not null, left integer not null, odue integer not null,"
                    + " odid integer not null, flags integer not null, data text not null)");
            st.execute("CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,"
                    + " ease integer not null, ivl integer not null, lastIvl integer not null,"
                    + " factor integer not null, time integer not null, type integer not null)");
            st.execute("CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)");
            st.execute("CREATE INDEX ix_notes_usn on notes (usn)");
            st.execute("CREATE INDEX ix_cards_usn on cards (usn)");
            st.execute("CREATE INDEX ix_revlog_usn on revlog (usn)");
            st.execute("CREATE INDEX ix_cards_nid on cards (nid)");
            st.execute("CREATE INDEX ix_cards_sched on cards (did, queue, due)");
            st.execute("CREATE INDEX ix_revlog_cid on revlog (cid)");
            st.execute("CREATE INDEX ix_notes_csum on notes (csum)");
        }
    }

    private static void collection(Connection c, Instant now, int count) throws SQLException {
        long ms = now.toEpochMilli();
        long secs = now.getEpochSecond();
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            ps.setLong(1, secs - secs % 86_400);
            ps.setLong(2, ms);
            ps.setLong(3, ms);
            ps.setString(4, AnkiCollectionJson.conf(count + 1));
            ps.setString(5, AnkiCollectionJson.models(secs));
            ps.setString(6, AnkiCollectionJson.decks(secs));
            ps.setString(7, AnkiCollectionJson.deckOptions());
            ps.executeUpdate();
        }
    }

    private static void notes(Connection c, List<OwnQuestion> questions, Instant now) throws SQLException {
        long base = now.toEpochMilli();
        long secs = now.getEpochSecond();
        try (PreparedStatement note =
                        c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
                PreparedStatement card = c.prepareStatement(
                        "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (int i = 0; i < questions.size(); i++) {
                OwnQuestion q = questions.get(i);
                String front = field(q.title());
                String flds = String.join(
                        "\u001f",
                        front,
                        field(q.answer()),
                        field(String.join("\n", q.keyPoints())),
                        field(String.join("\n", q.followUps())),
                        q.level() == null ? "" : q.level());
                note.setLong(1, base + i);
                note.setString(2, "prepstack-" + q.id());
                note.setLong(3, NOTE_TYPE_ID);
                note.setLong(4, secs);
                note.setString(5, tags(q.tags()));
                note.setString(6, flds);
                note.setString(7, q.title());
                note.setLong(8, checksum(q.title()));
                note.addBatch();
                card.setLong(1, base + i);
                card.setLong(2, base + i);
                card.setLong(3, DECK_ID);
                card.setLong(4, secs);
                card.setLong(5, i + 1L); // a new card's due is its position in the new queue
                card.addBatch();
            }
            note.executeBatch();
            card.executeBatch();
        }
    }

    /** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text. */
    static long checksum(String sortField) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(sortField.getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(HexFormat.of().formatHex(sha).substring(0, 8), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
