package dev.prepstack.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.CatalogSync;
import dev.prepstack.content.ContentBank;
import dev.prepstack.content.ContentLoader;
import dev.prepstack.content.QuestionDocument;
import dev.prepstack.content.QuestionFiles;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editorial workflow end to end through the API: a reader suggests, an editor reviews the diff
 * and accepts, the catalog serves the revision at once, the history credits the reader, and the
 * rules around it (validator, ownership, rate limit, account deletion, export, content sync) hold.
 * Its own context (the property below), so the revisions it publishes touch no other test's bank.
 */
@IntegrationTest
@TestPropertySource(properties = "prepstack.editorial.suggestions-per-day=6")
class EditorialWorkflowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogSync sync;

    @Autowired
    ContentLoader loader;

    private String suggestion(String slug, String kind, Map<String, Object> changes) {
        var q = catalog.question(slug).orElseThrow();
        Map<String, Object> body = new HashMap<>();
        body.put("questionSlug", slug);
        body.put("kind", kind);
        body.put("title", q.title());
        body.put("summary", q.summary());
        body.put("keyPoints", q.keyPoints());
        body.put("answerMarkdown", q.answerMarkdown());
        body.putAll(changes);
        return JSON.writeValueAsString(body);
    }

    private static List<String> revisedKeyPoints(List<String> keyPoints) {
        List<String> points = new ArrayList<>(keyPoints);
        points.set(points.size() - 1, points.getLast() + " (revised)");
        return points;
    }

    @Test
    void anAcceptedSuggestionIsServedAtOnceAndCreditedInTheHistory() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "cap-theorem";
        List<String> points =
                revisedKeyPoints(catalog.question(slug).orElseThrow().keyPoints());
        String versionBefore = catalog.contentVersion();
        new Http(port).getPage("/questions/" + slug);
        String pageBefore = new Http(port).getPage("/questions/" + slug).body();

        var sent = reader.api(port)
                .post(
                        "/api/v1/suggestions",
                        suggestion(slug, "unclear", Map.of("keyPoints", points, "creditName", "Ada L.")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(sent.json().get("status").asString()).isEqualTo("pending");

        var queue = editor.api(port).get("/api/v1/editorial/queue?topic=distributed-systems&kind=unclear");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("\"id\":" + id);
        assertThat(editor.api(port).get("/api/v1/editorial/queue?topic=caching").body())
                .doesNotContain("\"id\":" + id + ",");

        var review = editor.api(port).get("/api/v1/editorial/suggestions/" + id);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("(revised)").contains("\\u003Cins\\u003E");

        var accepted = editor.api(port)
                .post(
                        "/api/v1/editorial/suggestions/" + id + "/accept",
                        "{\"changeSummary\":\"Clearer last key point\",\"reply\":\"Thanks, published.\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("number").asInt()).isEqualTo(1);

        assertThat(catalog.question(slug).orElseThrow().keyPoints()).isEqualTo(points);
        assertThat(catalog.contentVersion()).isNotEqualTo(versionBefore);
        assertThat(new Http(port).get("/api/v1/questions/" + slug).body()).contains("(revised)");
        String pageAfter = new Http(port).getPage("/questions/" + slug).body();
        assertThat(pageBefore).doesNotContain("(revised)");
        assertThat(pageAfter)
                .as("the cached anonymous page follows the new content version")
                .contains("(revised)");

        var mine = reader.api(port).get("/api/v1/suggestions/" + id).json();
        assertThat(mine.get("status").asString()).isEqualTo("accepted");
        assertThat(mine.get("editorReply").asString()).isEqualTo("Thanks, published.");

        var history =
                new Http(port).get("/api/v1/questions/" + slug + "/revisions").json();
        var revision = history.get("revisions").get(0);
        assertThat(revision.get("authorCredit").asString()).isEqualTo("Ada L.");
        assertThat(revision.get("changeSummary").asString()).isEqualTo("Clearer last key point");
        assertThat(new Http(port).getPage("/questions/" + slug + "/history").body())
                .contains("Revision 1")
                .contains("Ada L.")
                .contains("<ins>");

        assertThat(editor.api(port)
                        .post("/api/v1/editorial/suggestions/" + id + "/accept", "{}")
                        .status())
                .as("a decided suggestion cannot be accepted twice")
                .isEqualTo(409);
    }

    @Test
    void aChangeTheBanksValidatorRefusesIsNotPublishedAndTheEditorSeesWhy() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "rest-and-json";
        String title = catalog.question(slug).orElseThrow().title();
        long id = reader.api(port)
                .post("/api/v1/suggestions", suggestion(slug, "typo", Map.of("title", "Too short")))
                .json()
                .get("id")
                .asLong();

        var refused = editor.api(port).post("/api/v1/editorial/suggestions/" + id + "/accept", "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("reasons").toString()).contains("title").contains("10-200");
        assertThat(catalog.question(slug).orElseThrow().title()).isEqualTo(title);
        assertThat(reader.api(port)
                        .get("/api/v1/suggestions/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("pending");
    }

    @Test
    void aRejectedSuggestionShowsTheReasonToItsAuthor() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "rest-and-json";
        long id = reader.api(port)
                .post("/api/v1/suggestions", suggestion(slug, "typo", Map.of("summary", "Something else entirely.")))
                .json()
                .get("id")
                .asLong();

        assertThat(editor.api(port)
                        .post("/api/v1/editorial/suggestions/" + id + "/reject", "{\"reason\":\"\"}")
                        .status())
                .isEqualTo(400);
        var rejected = editor.api(port)
                .post("/api/v1/editorial/suggestions/" + id + "/reject", "{\"reason\":\"The summary was right.\"}");
        assertThat(rejected.status()).isEqualTo(200);

        var mine = reader.api(port).get("/api/v1/suggestions").json().get(0);
        assertThat(mine.get("status").asString()).isEqualTo("rejected");
        assertThat(mine.get("editorReply").asString()).isEqualTo("The summary was right.");
    }

    @Test
    void aReaderCannotSeeOthersSuggestionsNorDecideNorEditPublishedContent() {
        var alice = People.aCandidate(port);
        var bob = People.aCandidate(port);
        long id = alice.api(port)
                .post(
                        "/api/v1/suggestions",
                        suggestion(
                                "rest-and-json",
                                "unclear",
                                Map.of("summary", "Alice's clearer summary.", "note", "private note of Alice")))
                .json()
                .get("id")
                .asLong();

        assertThat(bob.api(port).get("/api/v1/suggestions/" + id).status()).isEqualTo(404);
        assertThat(bob.api(port).get("/api/v1/suggestions").body()).doesNotContain("private note of Alice");
        assertThat(bob.api(port).get("/api/v1/editorial/suggestions/" + id).status())
                .isEqualTo(403);
        assertThat(bob.api(port)
                        .post("/api/v1/editorial/suggestions/" + id + "/accept", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(bob.api(port)
                        .post("/api/v1/editorial/suggestions/" + id + "/reject", "{\"reason\":\"no\"}")
                        .status())
                .isEqualTo(403);
        assertThat(bob.api(port)
                        .put(
                                "/api/v1/editorial/questions/rest-and-json",
                                "{\"title\":\"Bob's own title for this question\",\"changeSummary\":\"mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(new Http(port)
                        .get("/api/v1/questions/rest-and-json/revisions")
                        .body())
                .doesNotContain("private note of Alice");
        assertThat(alice.api(port).get("/api/v1/suggestions/" + id).body()).contains("private note of Alice");
    }

    @Test
    void factualClaimsNeedASourceAndEveryFieldHasALimit() {
        var reader = People.aCandidate(port);
        var api = reader.api(port);
        var noSource =
                api.post("/api/v1/suggestions", suggestion("rest-and-json", "factual", Map.of("summary", "x y z")));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.json().get("parameter").asString()).isEqualTo("sourceUrl");
        var badSource = api.post(
                "/api/v1/suggestions",
                suggestion(
                        "rest-and-json", "outdated", Map.of("summary", "x y z", "sourceUrl", "javascript:alert(1)")));
        assertThat(badSource.json().get("parameter").asString()).isEqualTo("sourceUrl");
        var longAnswer = api.post(
                "/api/v1/suggestions",
                suggestion("rest-and-json", "unclear", Map.of("answerMarkdown", "word ".repeat(5000))));
        assertThat(longAnswer.json().get("parameter").asString()).isEqualTo("answerMarkdown");
        var unchanged = api.post("/api/v1/suggestions", suggestion("rest-and-json", "typo", Map.of()));
        assertThat(unchanged.json().get("parameter").asString()).isEqualTo("fields");
        var withSource = api.post(
                "/api/v1/suggestions",
                suggestion(
                        "rest-and-json",
                        "factual",
                        Map.of(
                                "summary",
                                "A changed summary.",
                                "sourceUrl",
                                "https://www.rfc-editor.org/rfc/rfc9110")));
        assertThat(withSource.status()).isEqualTo(201);
    }

    @Test
    void aReaderCanSendOnlySoManySuggestionsADay() {
        var api = People.aCandidate(port).api(port);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(api.post(
                            "/api/v1/suggestions",
                            suggestion("rest-and-json", "typo", Map.of("summary", "Attempt number " + i + ".")))
                    .status());
        }
        assertThat(statuses.subList(0, 6)).containsOnly(201);
        assertThat(statuses.get(6)).isEqualTo(429);
    }

    @Test
    void deletingAnAccountDeletesItsSuggestionsAndKeepsItsRevisionsAsAFormerContributors() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "database-indexing";
        List<String> points =
                revisedKeyPoints(catalog.question(slug).orElseThrow().keyPoints());
        long accepted = reader.api(port)
                .post(
                        "/api/v1/suggestions",
                        suggestion(slug, "unclear", Map.of("keyPoints", points, "creditName", "Grace")))
                .json()
                .get("id")
                .asLong();
        reader.api(port).post("/api/v1/suggestions", suggestion(slug, "typo", Map.of("summary", "Pending one.")));
        assertThat(editor.api(port)
                        .post("/api/v1/editorial/suggestions/" + accepted + "/accept", "{}")
                        .status())
                .isEqualTo(200);
        var export = reader.api(port).get("/api/v1/me/export").json().get("editorial");
        assertThat(export.get("suggestions")).hasSize(2);
        assertThat(export.get("revisions")).hasSize(1);

        assertThat(reader.deleteAccount(port).status()).isEqualTo(204);

        assertThat(editor.api(port)
                        .get("/api/v1/editorial/suggestions/" + accepted)
                        .status())
                .isEqualTo(404);
        var history =
                new Http(port).get("/api/v1/questions/" + slug + "/revisions").json();
        assertThat(history.get("revisions").get(0).get("authorCredit").asString())
                .isEqualTo("a former contributor");
        assertThat(catalog.question(slug).orElseThrow().keyPoints()).isEqualTo(points);
    }

    @Test
    void theExportHoldsTheRevisedFilesInTheBanksFormat() throws Exception {
        var editor = People.anEditor(port);
        String slug = "optimistic-vs-pessimistic-locking";
        var q = catalog.question(slug).orElseThrow();
        var edited = editor.api(port)
                .put(
                        "/api/v1/editorial/questions/" + slug,
                        JSON.writeValueAsString(Map.of(
                                "title", q.title(),
                                "summary", q.summary(),
                                "keyPoints", revisedKeyPoints(q.keyPoints()),
                                "answerMarkdown", q.answerMarkdown(),
                                "changeSummary", "Editor's own edit")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/content/export"))
                                .header(
                                        "Authorization",
                                        "Bearer " + People.theAdmin(port).token())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> files = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String path = QuestionFiles.pathOf(q.kind(), q.topic(), slug);
        assertThat(files).containsKey(path);
        assertThat(files.get(path)).startsWith("---\nslug: " + slug + "\n").contains("(revised)");
        assertThat(editor.api(port).get("/api/v1/admin/content/export").status())
                .as("export is for administrators")
                .isEqualTo(403);
    }

    @Test
    void aRevisionIsKeptUntilTheShippedFileChangesThenTheFileWinsAndTheEditorSeesTheConflict() {
        var editor = People.anEditor(port);
        String slug = "database-transactions";
        var q = catalog.question(slug).orElseThrow();
        var edited = editor.api(port)
                .put(
                        "/api/v1/editorial/questions/" + slug,
                        JSON.writeValueAsString(Map.of(
                                "title", q.title(),
                                "summary", q.summary(),
                                "keyPoints", revisedKeyPoints(q.keyPoints()),
                                "answerMarkdown", q.answerMarkdown(),
                                "changeSummary", "Sharper last point")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        ContentBank shipped = loader.load();
        sync.sync(shipped);
        assertThat(catalog.question(slug).orElseThrow().keyPoints().getLast())
                .as("the same shipped file: the revision stays")
                .endsWith("(revised)");

        sync.sync(withChangedFile(shipped, slug));
        assertThat(catalog.question(slug).orElseThrow().title())
                .as("a newer shipped file wins")
                .endsWith("(shipped)");
        var history =
                new Http(port).get("/api/v1/questions/" + slug + "/revisions").json();
        assertThat(history.get("conflict").asString()).contains("shipped file");

        sync.sync(shipped);
    }

    private static ContentBank withChangedFile(ContentBank bank, String slug) {
        List<QuestionDocument> questions = bank.questions().stream()
                .map(d -> !d.slug().equals(slug)
                        ? d
                        : new QuestionDocument(
                                d.sourcePath(),
                                d.slug(),
                                d.title() + " (shipped)",
                                d.aliases(),
                                d.kind(),
                                d.topic(),
                                d.topics(),
                                d.level(),
                                d.tags(),
                                d.updated(),
                                d.summary(),
                                d.keyPoints(),
                                d.followUps(),
                                d.misconceptions(),
                                d.sources(),
                                d.verified(),
                                d.related(),
                                d.previousSlugs(),
                                d.answerMarkdown(),
                                d.answerHtml(),
                                d.wordCount(),
                                (d.contentHash().startsWith("0") ? "1" : "0")
                                        + d.contentHash().substring(1)))
                .toList();
        return new ContentBank(
                bank.topics(),
                bank.roles(),
                bank.learningPath(),
                bank.tips(),
                bank.faq(),
                questions,
                bank.invalidQuestionSlugs(),
                bank.invalidSections(),
                bank.problems());
    }
}
