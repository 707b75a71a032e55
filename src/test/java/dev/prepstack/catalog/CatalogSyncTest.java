package dev.prepstack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.content.ContentLoader;
import dev.prepstack.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A content change never loses what users will attach to questions: retiring, renaming and
 * breaking files all keep the question's row and id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogSyncTest {

    static final Path CONTENT = tempContentFolder();
    static final List<String> QUESTIONS = List.of(
            "questions/databases/database-indexing.md",
            "questions/databases/database-transactions.md",
            "questions/caching/role-of-caching.md");

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("prepstack.content-dir", CONTENT::toString);
    }

    @Autowired
    CatalogSync sync;

    @Autowired
    ContentLoader loader;

    @Autowired
    Catalog catalog;

    @LocalServerPort
    int port;

    @BeforeEach
    void restoreOriginalFiles() {
        copyFixture();
        sync.reload();
    }

    @Test
    void retiresAQuestionWhoseFileIsRemovedAndKeepsItsRow() throws IOException {
        long id = idOf("database-transactions");
        Files.delete(CONTENT.resolve("questions/databases/database-transactions.md"));

        ContentSynced result = sync.reload();

        assertThat(result.retired()).isEqualTo(1);
        assertThat(catalog.lookup("database-transactions"))
                .isInstanceOfSatisfying(
                        QuestionLookup.Retired.class,
                        r -> assertThat(r.question().id()).isEqualTo(id));
        assertThat(catalog.questionsOfTopic("databases").values().stream().flatMap(List::stream))
                .extracting(Question::slug)
                .doesNotContain("database-transactions");
        var page = new Http(port).getPage("/questions/database-transactions");
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("was retired");
        assertThat(new Http(port).get("/api/v1/questions/database-transactions").status())
                .isEqualTo(410);
    }

    @Test
    void bringsARetiredQuestionBackWhenItsFileReturns() throws IOException {
        long id = idOf("database-transactions");
        Path file = CONTENT.resolve("questions/databases/database-transactions.md");
        String text = Files.readString(file);
        Files.delete(file);
        sync.reload();

        Files.writeString(file, text);
        sync.reload();

        assertThat(catalog.lookup("database-transactions"))
                .isInstanceOfSatisfying(
                        QuestionLookup.Found.class,
                        f -> assertThat(f.question().id()).isEqualTo(id));
    }

    @Test
    void renamedQuestionKeepsItsIdAndItsOldUrlRedirects() throws IOException {
        long id = idOf("database-indexing");
        Path old = CONTENT.resolve("questions/databases/database-indexing.md");
        String text = Files.readString(old)
                .replace("slug: database-indexing", "slug: how-indexes-work")
                .replace("previous_slugs: []", "previous_slugs: [database-indexing]");
        Files.delete(old);
        Files.writeString(CONTENT.resolve("questions/databases/how-indexes-work.md"), text);

        ContentSynced result = sync.reload();

        assertThat(result.retired()).isZero();
        assertThat(catalog.lookup("how-indexes-work"))
                .isInstanceOfSatisfying(
                        QuestionLookup.Found.class,
                        f -> assertThat(f.question().id()).isEqualTo(id));
        assertThat(catalog.lookup("database-indexing")).isEqualTo(new QuestionLookup.Moved("how-indexes-work"));
        var page = new Http(port).getPage("/questions/database-indexing");
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).endsWith("/questions/how-indexes-work");
        var api = new Http(port).get("/api/v1/questions/database-indexing");
        assertThat(api.status()).isEqualTo(301);
        assertThat(api.header("Location")).isEqualTo("/api/v1/questions/how-indexes-work");
    }

    @Test
    void brokenFileKeepsTheLastGoodVersionLive() throws IOException {
        Question before = found("role-of-caching");
        Path file = CONTENT.resolve("questions/caching/role-of-caching.md");
        Files.writeString(file, Files.readString(file).replace("level: fresher", "level: wizard"));

        ContentSynced result = sync.reload();

        assertThat(result.problems()).isPositive();
        assertThat(result.retired()).isZero();
        Question after = found("role-of-caching");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.level()).isEqualTo(before.level());
        assertThat(after.answerHtml()).isEqualTo(before.answerHtml());
    }

    @Test
    void brokenTopicsFileKeepsTheLiveTopics() throws IOException {
        int topics = catalog.topics().size();
        Files.writeString(CONTENT.resolve("topics.yml"), "- slug: [broken");

        sync.reload();

        assertThat(catalog.topics()).hasSize(topics);
    }

    @Test
    void editedAnswerIsUpdatedInPlace() throws IOException {
        long id = idOf("role-of-caching");
        Path file = CONTENT.resolve("questions/caching/role-of-caching.md");
        Files.writeString(file, Files.readString(file) + "\n\nA sentence added by an editor.\n");

        ContentSynced result = sync.reload();

        assertThat(result.updated()).isEqualTo(1);
        Question q = found("role-of-caching");
        assertThat(q.id()).isEqualTo(id);
        assertThat(q.answerHtml()).contains("A sentence added by an editor.");
    }

    @Test
    void aQuestionAddedBySyncIsServedAndTheListsETagGoesStale() throws IOException {
        var http = new Http(port);
        var before = http.get("/api/v1/questions?topic=databases");
        String etag = before.header("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(before.body()).doesNotContain("database-normalization");
        assertThat(catalog.lookup("database-normalization")).isInstanceOf(QuestionLookup.Missing.class);
        String file = "questions/databases/database-normalization.md";
        Files.writeString(
                CONTENT.resolve(file),
                Files.readString(Path.of("content").resolve(file)).replaceAll("(?m)^related:.*$", "related: []"));

        ContentSynced result = sync.reload();

        assertThat(result.added()).isEqualTo(1);
        assertThat(found("database-normalization").topic()).isEqualTo("databases");
        assertThat(catalog.questionsOfTopic("databases").values().stream().flatMap(List::stream))
                .extracting(Question::slug)
                .contains("database-normalization");
        var after = http.send(
                "GET", "/api/v1/questions?topic=databases", null, null, "application/json", "If-None-Match", etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("database-normalization");
        assertThat(after.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aMatchingETagGets304WithoutABodyUntilTheQuestionChanges() throws IOException {
        var http = new Http(port);
        var first = http.get("/api/v1/questions/role-of-caching");
        String etag = first.header("ETag");
        assertThat(first.status()).isEqualTo(200);
        assertThat(etag).isNotBlank();
        assertThat(http.get("/api/v1/questions/database-indexing").header("ETag"))
                .as("another request, another tag")
                .isNotEqualTo(etag);

        var unchanged = http.send(
                "GET", "/api/v1/questions/role-of-caching", null, null, "application/json", "If-None-Match", etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(http.send(
                                "GET",
                                "/api/v1/questions?level=nope",
                                null,
                                null,
                                "application/json",
                                "If-None-Match",
                                "*")
                        .status())
                .as("a bad request is refused whatever the client holds")
                .isEqualTo(400);

        Path file = CONTENT.resolve("questions/caching/role-of-caching.md");
        Files.writeString(file, Files.readString(file) + "\n\nA sentence added by an editor.\n");
        sync.reload();

        var stale = http.send(
                "GET", "/api/v1/questions/role-of-caching", null, null, "application/json", "If-None-Match", etag);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("A sentence added by an editor.");
        assertThat(stale.header("ETag")).isNotBlank().isNotEqualTo(etag);
    }

    @Test
    void aSyncThatChangesNothingKeepsTheContentVersion() {
        String version = catalog.contentVersion();

        sync.reload();

        assertThat(catalog.contentVersion()).isEqualTo(version);
    }

    @Test
    void aStartWithTheFilesOfTheLastSyncDoesNotParseThemAgainButAChangedFileIsSynced() throws IOException {
        assertThat(sync.syncAtStart())
                .as("same files, day and build as the last sync")
                .isFalse();

        Path file = CONTENT.resolve("questions/caching/role-of-caching.md");
        Files.writeString(file, Files.readString(file) + "\n\nChanged while the application was stopped.\n");

        assertThat(sync.syncAtStart()).isTrue();
        assertThat(found("role-of-caching").answerHtml()).contains("Changed while the application was stopped.");
        assertThat(sync.syncAtStart()).isFalse();

        sync.sync(loader.load());
        assertThat(sync.syncAtStart())
                .as("a bank synced from elsewhere (an editor's, a test's) leaves no fingerprint")
                .isTrue();
    }

    @Test
    void syncsStartedTogetherLeaveOneConsistentCatalog() throws Exception {
        var barrier = new CyclicBarrier(4);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ContentSynced>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return sync.sync(loader.load());
                }));
            }
            for (Future<ContentSynced> f : results) {
                assertThat(f.get().liveQuestions()).isEqualTo(QUESTIONS.size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(catalog.liveQuestionCount()).isEqualTo(QUESTIONS.size());
    }

    private long idOf(String slug) {
        return found(slug).id();
    }

    private Question found(String slug) {
        QuestionLookup lookup = catalog.lookup(slug);
        assertThat(lookup).isInstanceOf(QuestionLookup.Found.class);
        return ((QuestionLookup.Found) lookup).question();
    }

    private static Path tempContentFolder() {
        try {
            return Files.createTempDirectory("prepstack-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small bank: the real editorial files and three real questions (without their related links). */
    private static void copyFixture() {
        try {
            try (Stream<Path> old = Files.walk(CONTENT)) {
                old.sorted((a, b) -> b.compareTo(a))
                        .filter(p -> !p.equals(CONTENT))
                        .forEach(p -> p.toFile().delete());
            }
            Path source = Path.of("content");
            for (String f : List.of("topics.yml", "roles.yml", "learning-path.yml", "tips.yml", "faq.yml")) {
                Files.copy(source.resolve(f), CONTENT.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            for (String q : QUESTIONS) {
                Path target = CONTENT.resolve(q);
                Files.createDirectories(target.getParent());
                String text = Files.readString(source.resolve(q)).replaceAll("(?m)^related:.*$", "related: []");
                Files.writeString(target, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
