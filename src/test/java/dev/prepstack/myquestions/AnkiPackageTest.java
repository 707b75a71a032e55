package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Anki package written from own questions, without Spring: a collection in the schema Anki imports
 * (note type, deck, a new card per note, checksums), and one that our own import reads back unchanged.
 */
class AnkiPackageTest {

    private static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");

    static final OwnQuestion SHARDING = new OwnQuestion(
            7,
            "How did you shard the <orders> table & why?",
            "We sharded by **customer id**.\n\n- one customer, one shard\n- \"hot\" customers split\n\n<script>alert(1)</script>",
            List.of("Shard key is the customer id", "Orders of one customer stay together"),
            List.of("What about hot customers?"),
            List.of("databases", "system design"),
            "experienced",
            null,
            NOW,
            NOW);

    static final OwnQuestion DNS = new OwnQuestion(
            8,
            "What is DNS?",
            "Names to addresses.",
            List.of("Names to addresses"),
            List.of(),
            List.of(),
            null,
            "csv",
            NOW,
            NOW);

    @Test
    void thePackageHoldsACollectionWithTheNoteTypeADeckAndANewCardPerNote() throws Exception {
        Map<String, byte[]> entries = unzip(AnkiPackage.write(List.of(SHARDING, DNS), NOW));
        assertThat(entries).containsOnlyKeys("collection.anki2", "media");
        assertThat(new String(entries.get("media"))).isEqualTo("{}");

        Path db = Files.createTempFile("anki-check", ".anki2");
        try {
            Files.write(db, entries.get("collection.anki2"));
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    var st = c.createStatement()) {
                var col = st.executeQuery("SELECT ver, models, decks, dconf, conf FROM col");
                assertThat(col.next()).isTrue();
                assertThat(col.getInt(1)).isEqualTo(11);
                var json = JsonMapper.builder().build();
                JsonNode model = json.readTree(col.getString(2)).get(String.valueOf(AnkiPackage.NOTE_TYPE_ID));
                assertThat(model.get("name").asString()).isEqualTo("Prepstack question");
                List<String> fields = new ArrayList<>();
                model.get("flds").forEach(f -> fields.add(f.get("name").asString()));
                assertThat(fields).containsExactly("Front", "Back", "Key points", "Follow-ups", "Level");
                assertThat(model.get("tmpls").get(0).get("qfmt").asString()).isEqualTo("{{Front}}");
                assertThat(model.get("tmpls").get(0).get("afmt").asString()).contains("{{Back}}");
                JsonNode decks = json.readTree(col.getString(3));
                assertThat(decks.get(String.valueOf(AnkiPackage.DECK_ID))
                                .get("name")
                                .asString())
                        .isEqualTo("My Prepstack questions");
                assertThat(decks.get("1").get("conf").asInt()).isEqualTo(1);
                assertThat(json.readTree(col.getString(4))
                                .get("1")
                                .get("new")
                                .get("perDay")
                                .asInt())
                        .isEqualTo(20);
                assertThat(json.readTree(col.getString(5)).get("curModel").asString())
                        .isEqualTo(String.valueOf(AnkiPackage.NOTE_TYPE_ID));
                assertThat(model.get("latexPre").asString()).startsWith("\\documentclass[12pt]{article}\n");
                assertThat(model.get("tmpls").get(0).get("did").isNull()).isTrue();
                col.close();

                var notes = st.executeQuery("SELECT n.id, n.mid, n.tags, n.flds, n.sfld, n.csum, c.did, c.ord,"
                        + " c.type, c.queue, c.due FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id");
                assertThat(notes.next()).isTrue();
                assertThat(notes.getLong(2)).isEqualTo(AnkiPackage.NOTE_TYPE_ID);
                assertThat(notes.getString(3)).isEqualTo(" databases system_design ");
                String[] flds = notes.getString(4).split("\u001f", -1);
                assertThat(flds).hasSize(5);
                assertThat(flds[0]).isEqualTo("How did you shard the &lt;orders&gt; table &amp; why?");
                assertThat(flds[1])
                        .contains("<br>- one customer")
                        .contains("&lt;script&gt;")
                        .doesNotContain("<script>");
                assertThat(flds[2]).isEqualTo("Shard key is the customer id<br>Orders of one customer stay together");
                assertThat(flds[4]).isEqualTo("experienced");
                assertThat(notes.getString(5)).isEqualTo(SHARDING.title());
                assertThat(notes.getLong(6)).isEqualTo(AnkiPackage.checksum(SHARDING.title()));
                assertThat(notes.getLong(7)).isEqualTo(AnkiPackage.DECK_ID);
                assertThat(notes.getInt(8)).isZero();
                assertThat(notes.getInt(9)).as("a new card").isZero();
                assertThat(notes.getInt(10)).as("in the new queue").isZero();
                assertThat(notes.getInt(11)).isEqualTo(1);
                assertThat(notes.next()).isTrue();
                assertThat(notes.getString(3)).isEmpty();
                assertThat(notes.next()).isFalse();
            }
        } finally {
            Files.deleteIfExists(db);
        }
    }

    @Test
    void ourOwnImportReadsThePackageBackAsTheQuestionsItWasWrittenFrom() {
        ParsedFile read = AnkiQuestions.read(AnkiPackage.write(List.of(SHARDING, DNS), NOW));

        assertThat(read.problems()).isEmpty();
        assertThat(read.notes()).isEmpty();
        assertThat(read.entries()).hasSize(2);
        assertThat(read.entries().get(0).draft()).isEqualTo(SHARDING.draft());
        assertThat(read.entries().get(0).note())
                .as("key points read, not derived")
                .isNull();
        assertThat(read.entries().get(1).draft()).isEqualTo(DNS.draft());
    }

    @Test
    void anEmptyListMakesAnEmptyButValidPackage() {
        ParsedFile read = AnkiQuestions.read(AnkiPackage.write(List.of(), NOW));
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).isEmpty();
    }

    @Test
    void theChecksumIsAnkisFirstEightHexDigitsOfSha1() {
        // sha1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
        assertThat(Long.toHexString(AnkiPackage.checksum("abc"))).isEqualTo("a9993e36");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
