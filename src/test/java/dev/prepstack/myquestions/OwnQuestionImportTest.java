package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of real-world files: a CSV as a spreadsheet saves it, bank-format Markdown in a zip, an Anki
 * package built here with SQLite, and the hostile ones (a zip bomb, a path-traversal entry, broken
 * front matter, a malformed row, a file over 5 MB). A refused file writes nothing.
 */
@IntegrationTest
class OwnQuestionImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** As LibreOffice and Excel save "CSV UTF-8": a byte order mark, CRLF, quotes where needed. */
    static final String SPREADSHEET_CSV = "\uFEFFTitle,Answer,Key points,Follow-ups,Tags,Level\r\n"
            + "What is idempotency?,\"An operation that can be repeated with the same effect.\r\nPUT and DELETE are idempotent; POST is not.\","
            + "\"Same effect when repeated|PUT and DELETE are idempotent\",How do you make POST safe to retry?,\"http, api\",intermediate\r\n"
            + "\"Explain \"\"eventual consistency\"\"\",\"Replicas converge, given time without writes.\",,,distributed,\r\n"
            + ",,,,,\r\n";

    @Test
    void aSpreadsheetCsvIsPreviewedThenImportedAndASecondImportCreatesNothing() {
        var person = People.aCandidate(port);
        byte[] csv = SPREADSHEET_CSV.getBytes(StandardCharsets.UTF_8);

        JsonNode preview = json(upload(person, "/api/v1/me/questions/import-preview", "questions.csv", csv, 200));
        assertThat(preview.get("format").asString()).isEqualTo("csv");
        assertThat(preview.get("create").size()).isEqualTo(2);
        assertThat(preview.get("create").get(0).get("origin").asString()).isEqualTo("row 2");
        assertThat(preview.get("create").get(1).get("title").asString()).isEqualTo("Explain \"eventual consistency\"");
        assertThat(preview.get("create").get(1).get("reason").asString()).isEqualTo("key points taken from the answer");
        assertThat(total(person)).as("a preview writes nothing").isZero();

        JsonNode first = json(upload(person, "/api/v1/me/questions/imports", "questions.csv", csv, 201));
        assertThat(first.get("created").asInt()).isEqualTo(2);
        var imported =
                person.api(port).get("/api/v1/me/questions?size=10").json().get("questions");
        JsonNode idempotency = imported.get(1);
        assertThat(idempotency.get("answer").asString())
                .contains("\r\nPUT and DELETE")
                .doesNotStartWith("\uFEFF");
        assertThat(idempotency.get("keyPoints").toString())
                .isEqualTo("[\"Same effect when repeated\",\"PUT and DELETE are idempotent\"]");
        assertThat(idempotency.get("tags").toString()).isEqualTo("[\"http\",\"api\"]");
        assertThat(idempotency.get("level").asString()).isEqualTo("intermediate");
        assertThat(idempotency.get("source").asString()).isEqualTo("csv");

        JsonNode second = json(upload(person, "/api/v1/me/questions/imports", "questions.csv", csv, 201));
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("skipped").size()).isEqualTo(2);
        assertThat(second.get("skipped").get(0).get("reason").asString())
                .isEqualTo("you already have a question with this title");
        assertThat(total(person)).isEqualTo(2);
    }

    @Test
    void aMalformedCsvRowIsNamedAndNothingOfTheFileIsWritten() {
        var person = People.aCandidate(port);
        String csv = "title,answer,key_points\r\n"
                + "Good row,Fine answer.,One point\r\n"
                + "Row with too many fields,Answer,Point,extra\r\n"
                + ",Answer without a title,Point\r\n";

        var refused =
                upload(person, "/api/v1/me/questions/imports", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), 400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(json(refused).get("parameter").asString()).isEqualTo("file");
        assertThat(json(refused).get("detail").asString())
                .contains("nothing was imported")
                .contains("row 3: has 4 fields, the header has 3")
                .contains("row 4: title: is required");
        assertThat(total(person)).isZero();

        var noHeader = upload(
                person,
                "/api/v1/me/questions/imports",
                "x.csv",
                "question,reply\r\na,b\r\n".getBytes(StandardCharsets.UTF_8),
                400);
        assertThat(json(noHeader).get("detail").asString()).contains("row 1: the header must name the columns");
        var unclosed = upload(
                person,
                "/api/v1/me/questions/imports",
                "x.csv",
                "title,answer\r\n\"never closed,x\r\n".getBytes(StandardCharsets.UTF_8),
                400);
        assertThat(json(unclosed).get("detail").asString()).contains("malformed");
        var latin1 = upload(
                person,
                "/api/v1/me/questions/imports",
                "x.csv",
                new byte[] {'t', 'i', 't', 'l', 'e', ',', 'a', (byte) 0xE9},
                400);
        assertThat(json(latin1).get("detail").asString()).contains("not UTF-8");
        assertThat(total(person)).isZero();
    }

    @Test
    void markdownFilesInTheBanksFormatImportFromAZipAndASingleFile() throws IOException {
        var person = People.aCandidate(port);
        byte[] zip = zip(Map.of(
                "my/cap.md",
                        markdown(
                                "What does the CAP theorem say?",
                                "- Partitions force a choice\n- Consistency or availability"),
                "my/notes.txt", "not a question",
                "my/backpressure.md", markdown("What is backpressure?", null)));

        JsonNode done = json(upload(person, "/api/v1/me/questions/imports", "mine.zip", zip, 201));
        assertThat(done.get("created").asInt()).isEqualTo(2);
        assertThat(done.get("format").asString()).isEqualTo("markdown");
        assertThat(done.get("notes").get(0).asString()).contains("not .md files were ignored");
        var cap = person.api(port).get("/api/v1/me/questions?size=10").body();
        assertThat(cap).contains("Partitions force a choice").contains("What is backpressure?");

        JsonNode single = json(upload(
                person,
                "/api/v1/me/questions/import-preview",
                "one.md",
                markdown("What is a bloom filter?", "- Probabilistic set\n- No false negatives")
                        .getBytes(StandardCharsets.UTF_8),
                200));
        assertThat(single.get("create").get(0).get("origin").asString()).isEqualTo("one.md");

        // The bank's own files read as own questions too.
        String bankFile = Files.readString(Path.of("content/questions/caching/cache-eviction-policies.md"));
        JsonNode bank = json(upload(
                person,
                "/api/v1/me/questions/import-preview",
                "cache-eviction-policies.md",
                bankFile.getBytes(StandardCharsets.UTF_8),
                200));
        assertThat(bank.get("create").size()).isEqualTo(1);
    }

    @Test
    void invalidFrontMatterAPathTraversalEntryAndAZipBombAreRefusedByName() throws IOException {
        var person = People.aCandidate(port);

        byte[] broken = zip(Map.of(
                "good.md", markdown("A fine question here", "- A point"),
                "broken.md", "---\ntitle: [never closed\n---\nAnswer.\n",
                "untitled.md", "---\nkey_points: [one]\n---\nAnswer.\n"));
        String detail = json(upload(person, "/api/v1/me/questions/imports", "broken.zip", broken, 400))
                .get("detail")
                .asString();
        assertThat(detail).contains("entry 'broken.md': front matter is not valid YAML");
        assertThat(detail).contains("entry 'untitled.md': title is required");

        byte[] traversal = zip(Map.of("../../etc/evil.md", markdown("Evil question here", "- x")));
        assertThat(json(upload(person, "/api/v1/me/questions/imports", "evil.zip", traversal, 400))
                        .get("detail")
                        .asString())
                .contains("entry '../../etc/evil.md': its path leaves the archive (path traversal)");

        var bomb = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("bomb.md"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(bomb.size()).as("small on the wire").isLessThan(200_000);
        assertThat(json(upload(person, "/api/v1/me/questions/imports", "bomb.zip", bomb.toByteArray(), 400))
                        .get("detail")
                        .asString())
                .contains("entry 'bomb.md' expands past 1 MB (a zip bomb?)");

        assertThat(json(upload(person, "/api/v1/me/questions/imports", "notes.pdf", new byte[] {1, 2, 3}, 400))
                        .get("detail")
                        .asString())
                .contains("must be a .csv, .md, .zip");
        assertThat(json(upload(
                                person,
                                "/api/v1/me/questions/imports",
                                "fake.zip",
                                "not a zip".getBytes(StandardCharsets.UTF_8),
                                400))
                        .get("detail")
                        .asString())
                .contains("not a zip archive");
        assertThat(total(person)).isZero();
    }

    @Test
    void anAnkiPackageBuiltWithSqliteImportsFrontBackAndTagsWithHtmlReducedToText() throws Exception {
        var person = People.aCandidate(port);
        byte[] apkg = apkg(
                new String[] {
                    "What is a <b>TCP</b> handshake?",
                    "SYN, then SYN-ACK, then ACK.<br>It opens a connection.<img src=\"hand.png\">",
                    " networking tcp "
                },
                new String[] {
                    "Name the &lt;script&gt; risk<script>alert(1)</script>",
                    "Cross-site <i>scripting</i>: injected code runs.[sound:x.mp3]",
                    "web::security"
                });

        JsonNode done = json(upload(person, "/api/v1/me/questions/imports", "deck.apkg", apkg, 201));
        assertThat(done.get("format").asString()).isEqualTo("anki");
        assertThat(done.get("created").asInt()).isEqualTo(2);
        assertThat(done.get("notes").get(0).asString())
                .contains("media was ignored")
                .contains("1 media files");
        var questions =
                person.api(port).get("/api/v1/me/questions?size=10").json().get("questions");
        JsonNode tcp = questions.get(1);
        assertThat(tcp.get("title").asString()).isEqualTo("What is a TCP handshake?");
        assertThat(tcp.get("answer").asString()).isEqualTo("SYN, then SYN-ACK, then ACK.\nIt opens a connection.");
        assertThat(tcp.get("keyPoints").toString())
                .isEqualTo("[\"SYN, then SYN-ACK, then ACK.\",\"It opens a connection.\"]");
        assertThat(tcp.get("tags").toString()).isEqualTo("[\"networking\",\"tcp\"]");
        JsonNode xss = questions.get(0);
        assertThat(xss.get("title").asString()).isEqualTo("Name the <script> riskalert(1)");
        assertThat(xss.get("tags").toString()).isEqualTo("[\"web-security\"]");

        var browser = OwnQuestionPagesTest.signedIn(port, person);
        var page = browser.getPage("/my-questions/" + xss.get("id").asLong());
        assertThat(page.body()).doesNotContain("<script> risk").contains("Name the &lt;script&gt; risk");

        assertThat(json(upload(person, "/api/v1/me/questions/imports", "deck.apkg", apkg, 201))
                        .get("created")
                        .asInt())
                .isZero();

        byte[] notAnki = zip(Map.of("collection.anki2", "this is no SQLite database"));
        assertThat(json(upload(person, "/api/v1/me/questions/imports", "broken.apkg", notAnki, 400))
                        .get("detail")
                        .asString())
                .contains("not a valid Anki collection");
        byte[] empty = zip(Map.of("media", "{}"));
        assertThat(json(upload(person, "/api/v1/me/questions/imports", "new.apkg", empty, 400))
                        .get("detail")
                        .asString())
                .contains("no collection.anki2");
    }

    @Test
    void anAnkiExportImportsIntoAnotherAccountAsTheSameQuestionsAndAgainIntoTheSameAsNothing() throws Exception {
        var alice = People.aCandidate(port);
        alice.api(port).post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION);
        upload(
                alice,
                "/api/v1/me/questions/imports",
                "questions.csv",
                SPREADSHEET_CSV.getBytes(StandardCharsets.UTF_8),
                201);

        var download = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/v1/me/questions/export?format=anki"))
                                .header("Authorization", "Bearer " + alice.token())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("my-questions.apkg");
        byte[] apkg = download.body();

        JsonNode again = json(upload(alice, "/api/v1/me/questions/import-preview", "my-questions.apkg", apkg, 200));
        assertThat(again.get("create").size())
                .as("the same account already has them all")
                .isZero();
        assertThat(again.get("skipped").size()).isEqualTo(3);

        var bob = People.aCandidate(port);
        JsonNode created = json(upload(bob, "/api/v1/me/questions/imports", "my-questions.apkg", apkg, 201));
        assertThat(created.get("created").asInt()).isEqualTo(3);
        assertThat(created.get("notes").size()).as("no media to ignore").isZero();
        JsonNode mine =
                alice.api(port).get("/api/v1/me/questions?size=10").json().get("questions");
        JsonNode his = bob.api(port).get("/api/v1/me/questions?size=10").json().get("questions");
        for (int i = 0; i < 3; i++) {
            JsonNode a = find(mine, his.get(i).get("title").asString());
            for (String field : new String[] {"title", "keyPoints", "followUps", "tags", "level"}) {
                assertThat(his.get(i).get(field)).as(field).isEqualTo(a.get(field));
            }
            assertThat(his.get(i).get("answer").asString())
                    .isEqualTo(a.get("answer").asString().replace("\r\n", "\n"));
            assertThat(his.get(i).get("source").asString()).isEqualTo("anki");
        }
    }

    private static JsonNode find(JsonNode questions, String title) {
        for (JsonNode q : questions) {
            if (q.get("title").asString().equals(title)) {
                return q;
            }
        }
        throw new AssertionError("no question " + title);
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        var person = People.aCandidate(port);
        byte[] big = new byte[5 * 1024 * 1024 + 100 * 1024];
        var refused = upload(person, "/api/v1/me/questions/imports", "big.csv", big, 413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(total(person)).isZero();
    }

    // --- helpers

    private Uploads.Response upload(People.Person person, String path, String name, byte[] bytes, int status) {
        var response = Uploads.withToken(port, person.token(), path, name, bytes);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private int total(People.Person person) {
        return person.api(port).get("/api/v1/me/questions").json().get("total").asInt();
    }

    private static JsonNode json(Uploads.Response response) {
        return JSON.readTree(response.body());
    }

    static String markdown(String title, String keyPoints) {
        return "---\ntitle: \"" + title + "\"\nlevel: intermediate\ntags: [systems]\n"
                + (keyPoints == null ? "" : "key_points:\n" + keyPoints.replaceAll("(?m)^- (.*)$", "  - \"$1\"") + "\n")
                + "---\n\nThe answer to *" + title + "*.\n\nA second line.\n";
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A minimal Anki 2.1 package: the notes table of a collection, a media map and one media file. */
    static byte[] apkg(String[]... notes) throws IOException, SQLException {
        Path db = Files.createTempFile("test-collection", ".anki2");
        try {
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    var st = c.createStatement()) {
                st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, mid INTEGER NOT NULL,"
                        + " mod INTEGER NOT NULL, usn INTEGER NOT NULL, tags TEXT NOT NULL, flds TEXT NOT NULL,"
                        + " sfld INTEGER NOT NULL, csum INTEGER NOT NULL, flags INTEGER NOT NULL, data TEXT NOT NULL)");
                try (var insert = c.prepareStatement("INSERT INTO notes VALUES (?, ?, 1, 0, -1, ?, ?, ?, 0, 0, '')")) {
                    long id = 1_700_000_000_000L;
                    for (String[] n : notes) {
                        insert.setLong(1, id++);
                        insert.setString(2, "guid" + id);
                        insert.setString(3, n[2]);
                        insert.setString(4, n[0] + "\u001f" + n[1]);
                        insert.setString(5, n[0]);
                        insert.executeUpdate();
                    }
                }
            }
            var bytes = new ByteArrayOutputStream();
            try (var out = new ZipOutputStream(bytes)) {
                out.putNextEntry(new ZipEntry("collection.anki2"));
                out.write(Files.readAllBytes(db));
                out.closeEntry();
                out.putNextEntry(new ZipEntry("media"));
                out.write("{\"0\": \"hand.png\"}".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
                out.putNextEntry(new ZipEntry("0"));
                out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                out.closeEntry();
            }
            return bytes.toByteArray();
        } finally {
            Files.deleteIfExists(db);
        }
    }
}
