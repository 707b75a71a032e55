package dev.prepstack.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.CatalogSync;
import dev.prepstack.content.ContentBank;
import dev.prepstack.content.ContentLoader;
import dev.prepstack.content.QuestionDocument;
import dev.prepstack.content.QuestionFiles;
import dev.prepstack.practice.Notebook;
import dev.prepstack.practice.Practice;
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
 * The editorial workflow's second part: new questions (suggested and accepted, or created by an
 * editor), suggestions of every field, the conflict rule with the shipped bank and its resolution,
 * and a learner's choice to review a changed card as new. Shares EditorialWorkflowTest's context.
 */
@IntegrationTest
@TestPropertySource(properties = "prepstack.editorial.suggestions-per-day=6")
class EditorialRevisionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogSync sync;

    @Autowired
    ContentLoader loader;

    @Autowired
    QuestionFiles files;

    @Autowired
    Practice practice;

    @Autowired
    Notebook notebook;

    /** A new question's fields as a reader would write them: no follow-ups, tags or sources yet. */
    private static Map<String, Object> newQuestion(String title, String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "A " + word + " cache keeps hot entries near the caller and evicts the coldest first.");
        body.put(
                "keyPoints",
                List.of(
                        "The " + word + " cache evicts the least recently used entry first",
                        "Hit ratio decides whether the " + word + " cache pays for its memory",
                        "Invalidation on write keeps the " + word + " cache consistent with the store"));
        body.put("answerMarkdown", answer(word));
        return body;
    }

    private static String answer(String word) {
        var text = new StringBuilder("## How it works\n\n");
        for (int i = 0; i < 22; i++) {
            text.append("The ")
                    .append(word)
                    .append(" cache keeps entry number ")
                    .append(i)
                    .append(" close to the caller. ");
        }
        text.append("\n\n## Trade-offs\n\nEvery hit saves a round trip to the store, every miss costs one more lookup"
                + " than no cache at all, and stale entries are the price of speed unless writes invalidate them.\n");
        return text.toString();
    }

    private static final Map<String, Object> SIZING = Map.of(
            "question",
            "How would you size the cache for a given hit ratio?",
            "answer",
            "Measure the key popularity curve from production traffic. The cache needs enough entries to"
                    + " hold the hot keys that make up the wanted share of reads.",
            "keyPoints",
            List.of(
                    "The hit ratio follows from the key popularity curve",
                    "The cache holds the hot keys that serve the wanted share of reads"));

    private static Map<String, Object> whatTheEditorAdds() {
        return Map.of(
                "followUps", List.of(SIZING),
                "tags", List.of("caching", "eviction"),
                "level", "intermediate",
                "sources",
                        List.of(Map.of(
                                "title", "Redis documentation: Key eviction",
                                "url", "https://redis.io/docs/latest/develop/reference/eviction/")));
    }

    @Test
    void aNewQuestionSuggestedByAReaderIsEditedAcceptedAndServedEverywhereTheBankIs() throws Exception {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        Map<String, Object> body = newQuestion("How does a quorbulated LRU cache decide what to evict?", "quorbulated");
        body.put("kind", "new-question");
        body.put("topic", "caching");
        body.put("creditName", "Nova");
        var sent = reader.api(port).post("/api/v1/suggestions", JSON.writeValueAsString(body));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(editor.api(port).get("/api/v1/editorial/queue?topic=caching").body())
                .as("the topic filter finds new questions for the topic")
                .contains("\"id\":" + id + ",");

        var asSent = editor.api(port).post("/api/v1/editorial/suggestions/" + id + "/accept", "{}");
        assertThat(asSent.status()).as(asSent.body()).isEqualTo(422);
        assertThat(asSent.json().get("reasons").toString()).contains("follow_ups");

        Map<String, Object> edited =
                new HashMap<>(newQuestion("How does a quorbulated LRU cache decide what to evict?", "quorbulated"));
        edited.putAll(whatTheEditorAdds());
        edited.put("changeSummary", "New question on eviction");
        var accepted = editor.api(port)
                .post("/api/v1/editorial/suggestions/" + id + "/accept", JSON.writeValueAsString(edited));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("number").asInt()).isEqualTo(1);

        String slug = "how-does-a-quorbulated-lru-cache-decide-what-to-evict";
        var q = catalog.question(slug).orElseThrow();
        assertThat(q.topic()).isEqualTo("caching");
        assertThat(q.tags()).containsExactly("caching", "eviction");
        assertThat(catalog.questionIdsOfTopic("caching")).contains(q.id());
        assertThat(new Http(port).get("/api/v1/questions/" + slug).status()).isEqualTo(200);
        assertThat(new Http(port).getPage("/topics/caching").body()).contains(q.title());
        assertThat(new Http(port)
                        .get("/api/v1/search?q=quorbulated+LRU+cache+evict")
                        .body())
                .contains(slug);
        assertThat(new Http(port)
                        .get("/api/v1/questions/" + slug + "/revisions")
                        .body())
                .contains("Nova")
                .contains("New question on eviction");
        assertThat(reader.api(port)
                        .get("/api/v1/suggestions/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("accepted");

        Map<String, String> exported = export();
        String path = QuestionFiles.pathOf(q.kind(), "caching", slug);
        assertThat(exported).containsKey(path);
        String file = exported.get(path);
        assertThat(file).startsWith("---\nslug: " + slug + "\n").contains("topic: caching\n");
        var validation = files.validate(path, file);
        assertThat(validation.reasons()).isEmpty();
        assertThat(QuestionFiles.write(validation.document().orElseThrow()))
                .as("the bank's parser reads the file back to the same file")
                .isEqualTo(file);
        assertThat(validation.document().orElseThrow().followUps())
                .as("the new follow-up reaches the export with its answer")
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.question()).isEqualTo(SIZING.get("question"));
                    assertThat(f.answer()).isEqualTo(SIZING.get("answer"));
                    assertThat(f.keyPoints()).isEqualTo(SIZING.get("keyPoints"));
                    assertThat(f.isAnswered()).isTrue();
                });

        ContentBank shipped = loader.load();
        sync.sync(shipped);
        assertThat(catalog.question(slug).orElseThrow().retired())
                .as("a content sync does not retire a question that has no shipped file yet")
                .isFalse();
    }

    @Test
    void anEditorCreatesAQuestionDirectlyUnderAPermanentSlug() {
        var editor = People.anEditor(port);
        Map<String, Object> body =
                new HashMap<>(newQuestion("What makes a brimwoggle cache line go stale?", "brimwoggle"));
        body.putAll(whatTheEditorAdds());
        body.put("topic", "caching");
        body.put("slug", "brimwoggle-stale-cache-lines");
        var created = editor.api(port).post("/api/v1/editorial/questions", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("slug").asString()).isEqualTo("brimwoggle-stale-cache-lines");
        assertThat(catalog.question("brimwoggle-stale-cache-lines")).isPresent();

        var again = editor.api(port).post("/api/v1/editorial/questions", JSON.writeValueAsString(body));
        assertThat(again.status()).as("a slug names one question forever").isEqualTo(400);
        assertThat(again.json().get("parameter").asString()).isEqualTo("slug");
        assertThat(editor.api(port)
                        .post("/api/v1/editorial/questions", "{\"topic\":\"no-such-topic\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("topic");
        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/editorial/questions", JSON.writeValueAsString(body))
                        .status())
                .isEqualTo(403);

        var edited = editor.api(port)
                .put(
                        "/api/v1/editorial/questions/brimwoggle-stale-cache-lines",
                        JSON.writeValueAsString(Map.of(
                                "title", "What makes a brimwoggle cache line go stale, and when?",
                                "summary", body.get("summary"),
                                "keyPoints", body.get("keyPoints"),
                                "answerMarkdown", body.get("answerMarkdown"),
                                "changeSummary", "Sharper title")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("number").asInt()).isEqualTo(2);
        assertThat(catalog.question("brimwoggle-stale-cache-lines")
                        .orElseThrow()
                        .tags())
                .as("fields an edit leaves out keep their values")
                .containsExactly("caching", "eviction");
    }

    @Test
    void aNewOrRewordedFollowUpWithoutAnAnswerIsRefusedByTheBanksRule() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "cache-ttl-expiration";
        var q = catalog.question(slug).orElseThrow();
        Map<String, Object> body = new HashMap<>(Map.of(
                "questionSlug", slug,
                "kind", "missing-point",
                "title", q.title(),
                "summary", q.summary(),
                "keyPoints", q.keyPoints(),
                "answerMarkdown", q.answerMarkdown()));
        List<Object> followUps = new ArrayList<>(q.followUpQuestions());
        followUps.add("How does a cache pick a TTL for keys that are never written again?");
        body.put("followUps", followUps);
        var sent = reader.api(port).post("/api/v1/suggestions", JSON.writeValueAsString(body));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();

        var refused = editor.api(port).post("/api/v1/editorial/suggestions/" + id + "/accept", "{}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("reasons").toString())
                .contains("follow_ups")
                .contains("never written again")
                .contains("needs an answer");
        assertThat(catalog.question(slug).orElseThrow().followUps()).isEqualTo(q.followUps());

        var desk = signedIn(editor);
        var page = desk.getPage("/editorial/suggestions/" + id);
        assertThat(page.status()).isEqualTo(200);
        var onThePage = desk.postForm(
                "/editorial/suggestions/" + id + "/accept",
                Http.form(
                        "_csrf", page.csrf(),
                        "title", q.title(),
                        "summary", q.summary(),
                        "keyPoints", String.join("\n", q.keyPoints()),
                        "answerMarkdown", q.answerMarkdown(),
                        "followUps", "How does a cache pick a TTL for keys that are never written again?"));
        assertThat(onThePage.status()).isEqualTo(200);
        assertThat(onThePage.body()).contains("needs an answer");
        assertThat(catalog.question(slug).orElseThrow().followUps()).isEqualTo(q.followUps());
    }

    @Test
    void anEditorCreatesAQuestionOnTheNewQuestionPage() {
        var desk = signedIn(People.anEditor(port));
        var page = desk.getPage("/editorial/questions/new");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("New question").contains("name=\"followUps\"");
        Map<String, Object> q = newQuestion("When should a flimmering cache refuse a write?", "flimmering");
        @SuppressWarnings("unchecked")
        List<String> points = (List<String>) q.get("keyPoints");
        var posted = desk.postForm(
                "/editorial/questions",
                Http.form(
                        "_csrf",
                        page.csrf(),
                        "topic",
                        "caching",
                        "title",
                        (String) q.get("title"),
                        "summary",
                        (String) q.get("summary"),
                        "keyPoints",
                        String.join("\n", points),
                        "answerMarkdown",
                        (String) q.get("answerMarkdown"),
                        "followUps",
                        "What happens to readers while the write is refused? | Readers keep getting the"
                                + " cached value while the write is refused. The entry stays as it was until"
                                + " a later write succeeds. | Readers see the old cached value"
                                + " | The entry changes only when a write succeeds",
                        "commonMistakes",
                        "",
                        "sources",
                        "Redis documentation: Key eviction | https://redis.io/docs/latest/develop/reference/eviction/",
                        "tags",
                        "caching, writes",
                        "level",
                        "experienced",
                        "changeSummary",
                        "Created on the page"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        assertThat(posted.header("Location"))
                .contains("/questions/when-should-a-flimmering-cache-refuse-a-write/history");
        var created = catalog.question("when-should-a-flimmering-cache-refuse-a-write")
                .orElseThrow();
        assertThat(created.level().slug()).isEqualTo("experienced");
        assertThat(created.sources()).hasSize(1);
        assertThat(created.followUps())
                .singleElement()
                .satisfies(f -> assertThat(f.hasAnswer()).isTrue());
    }

    @Test
    void aSuggestionCoversEveryFieldWithinItsLimits() {
        var reader = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "cache-ttl-expiration";
        var q = catalog.question(slug).orElseThrow();
        String level = q.level().slug().equals("experienced") ? "intermediate" : "experienced";
        List<String> tags = new ArrayList<>(q.tags());
        tags.add("suggested-tag");
        Map<String, Object> body = new HashMap<>();
        body.put("questionSlug", slug);
        body.put("kind", "unclear");
        body.put("title", q.title());
        body.put("summary", q.summary());
        body.put("keyPoints", q.keyPoints());
        body.put("answerMarkdown", q.answerMarkdown());
        body.put("tags", tags);
        body.put("level", level);
        var sent = reader.api(port).post("/api/v1/suggestions", JSON.writeValueAsString(body));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        var review = editor.api(port).get("/api/v1/editorial/suggestions/" + id).body();
        assertThat(review)
                .contains("\"field\":\"Tags\"")
                .contains("\"field\":\"Level\"")
                .contains("suggested-tag");

        assertThat(editor.api(port)
                        .post("/api/v1/editorial/suggestions/" + id + "/accept", "{}")
                        .status())
                .isEqualTo(200);
        var after = catalog.question(slug).orElseThrow();
        assertThat(after.tags()).contains("suggested-tag");
        assertThat(after.level().slug()).isEqualTo(level);
        assertThat(after.followUps())
                .as("follow-ups not given keep their answers")
                .isEqualTo(q.followUps());

        Map<String, Object> tooMany = new HashMap<>(body);
        tooMany.put("followUps", java.util.Collections.nCopies(7, "Why would you ever do that in production?"));
        assertThat(reader.api(port)
                        .post("/api/v1/suggestions", JSON.writeValueAsString(tooMany))
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("followUps");
        Map<String, Object> badLevel = new HashMap<>(body);
        badLevel.put("level", "guru");
        assertThat(reader.api(port)
                        .post("/api/v1/suggestions", JSON.writeValueAsString(badLevel))
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("level");
        Map<String, Object> longMistake = new HashMap<>(body);
        longMistake.put("commonMistakes", List.of(Map.of("claim", "x".repeat(301), "correction", "y", "point", 1)));
        assertThat(reader.api(port)
                        .post("/api/v1/suggestions", JSON.writeValueAsString(longMistake))
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("commonMistakes");
    }

    @Test
    void aConflictWithANewerShippedFileIsListedAndResolvedByKeepingTheRevision() {
        var editor = People.anEditor(port);
        String slug = "caching-patterns-read-write";
        revise(editor, slug, "Kept point");

        ContentBank shipped = loader.load();
        sync.sync(shipped);
        assertThat(editor.api(port).get("/api/v1/editorial/conflicts").body())
                .as("the same shipped file: no conflict")
                .doesNotContain(slug);

        ContentBank changed = withChangedTitle(shipped, slug);
        sync.sync(changed);
        assertThat(catalog.question(slug).orElseThrow().title()).endsWith("(shipped)");
        var conflicts = editor.api(port).get("/api/v1/editorial/conflicts");
        assertThat(conflicts.status()).isEqualTo(200);
        assertThat(conflicts.body())
                .contains("\"questionSlug\":\"" + slug + "\"")
                .contains("(revised)");
        assertThat(signedIn(editor).getPage("/editorial").body())
                .as("the queue page lists the conflict with both resolutions")
                .contains("conflict-" + slug)
                .contains("Keep the revision");
        assertThat(People.aCandidate(port)
                        .api(port)
                        .get("/api/v1/editorial/conflicts")
                        .status())
                .isEqualTo(403);

        var kept = editor.api(port).post("/api/v1/editorial/conflicts/" + slug, "{\"resolution\":\"keep\"}");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        var q = catalog.question(slug).orElseThrow();
        assertThat(q.keyPoints().getLast()).endsWith("(revised)");
        assertThat(q.title())
                .as("the revision is re-based on the new file: its fields win")
                .doesNotEndWith("(shipped)");
        assertThat(editor.api(port).get("/api/v1/editorial/conflicts").body()).doesNotContain(slug);

        sync.sync(changed);
        assertThat(catalog.question(slug).orElseThrow().keyPoints().getLast())
                .as("the re-based revision stays while the shipped file stays")
                .endsWith("(revised)");
        assertThat(editor.api(port)
                        .post("/api/v1/editorial/conflicts/" + slug, "{\"resolution\":\"keep\"}")
                        .status())
                .isEqualTo(404);
        sync.sync(shipped);
    }

    @Test
    void aConflictResolvedByTakingTheShippedFileLeavesTheFileServed() {
        var editor = People.anEditor(port);
        String slug = "cache-stampede-prevention";
        revise(editor, slug, "Point to be dropped");
        ContentBank shipped = loader.load();
        ContentBank changed = withChangedTitle(shipped, slug);
        sync.sync(changed);
        assertThat(editor.api(port)
                        .post("/api/v1/editorial/conflicts/" + slug, "{\"resolution\":\"maybe\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("resolution");

        var taken = editor.api(port).post("/api/v1/editorial/conflicts/" + slug, "{\"resolution\":\"take-shipped\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(editor.api(port).get("/api/v1/editorial/conflicts").body()).doesNotContain(slug);
        assertThat(new Http(port)
                        .get("/api/v1/questions/" + slug + "/revisions")
                        .json()
                        .get("conflict")
                        .asString())
                .isEmpty();
        assertThat(catalog.question(slug).orElseThrow().title()).endsWith("(shipped)");
        sync.sync(shipped);
    }

    @Test
    void aLearnerMayReviewACardAsNewOnlyWhenItsKeyPointsChangedAndTheirNotesStay() {
        var learner = People.aCandidate(port);
        var editor = People.anEditor(port);
        String slug = "cdn-purpose";
        assertThat(learner.api(port)
                        .post("/api/v1/practice/reviews", "{\"questionSlug\":\"" + slug + "\",\"rating\":\"good\"}")
                        .status())
                .isEqualTo(200);
        notebook.saveNote(learner.id(), slug, "My own note on CDNs");
        var before = practice.cardsBySlug(learner.id()).get(slug);
        assertThat(before).isNotNull();

        var q = catalog.question(slug).orElseThrow();
        var wording = editor.api(port)
                .put(
                        "/api/v1/editorial/questions/" + slug,
                        JSON.writeValueAsString(Map.of(
                                "title", q.title(),
                                "summary", q.summary().replace(".", ";") + " (reworded).",
                                "keyPoints", q.keyPoints(),
                                "answerMarkdown", q.answerMarkdown(),
                                "changeSummary", "Wording only")));
        assertThat(wording.status()).as(wording.body()).isEqualTo(200);
        assertThat(learner.api(port).get("/api/v1/changes/" + slug).status()).isEqualTo(204);
        assertThat(learner.api(port)
                        .post("/api/v1/changes/" + slug + "/review-as-new", "")
                        .status())
                .as("a wording change keeps the schedule: nothing to review as new")
                .isEqualTo(404);
        assertThat(practice.cardsBySlug(learner.id()).get(slug)).isEqualTo(before);

        revise(editor, slug, "Key point change");
        assertThat(learner.api(port).get("/api/v1/changes/" + slug).status()).isEqualTo(200);
        assertThat(practice.cardsBySlug(learner.id()).get(slug))
                .as("the change alone keeps the schedule")
                .isEqualTo(before);
        assertThat(learner.api(port)
                        .post("/api/v1/changes/" + slug + "/review-as-new", "")
                        .status())
                .isEqualTo(204);
        assertThat(practice.cardsBySlug(learner.id())).doesNotContainKey(slug);
        assertThat(learner.api(port).get("/api/v1/changes/" + slug).status())
                .as("once it is new again, the change note has done its work")
                .isEqualTo(204);
        assertThat(notebook.note(learner.id(), slug)).contains("My own note on CDNs");
        assertThat(notebook.history(learner.id(), slug)).hasSize(1);
        assertThat(People.aCandidate(port)
                        .api(port)
                        .post("/api/v1/changes/" + slug + "/review-as-new", "")
                        .status())
                .as("another learner never reviewed it: nothing changed for them")
                .isEqualTo(404);
    }

    private void revise(People.Person editor, String slug, String summary) {
        var q = catalog.question(slug).orElseThrow();
        List<String> points = new ArrayList<>(q.keyPoints());
        points.set(points.size() - 1, points.getLast() + " (revised)");
        var edited = editor.api(port)
                .put(
                        "/api/v1/editorial/questions/" + slug,
                        JSON.writeValueAsString(Map.of(
                                "title", q.title(),
                                "summary", q.summary(),
                                "keyPoints", points,
                                "answerMarkdown", q.answerMarkdown(),
                                "changeSummary", summary)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    private Http signedIn(People.Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }

    private Map<String, String> export() throws Exception {
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
        return files;
    }

    private static ContentBank withChangedTitle(ContentBank bank, String slug) {
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
