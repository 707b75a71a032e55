package dev.prepstack.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.CatalogNodeTestSupport;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anonymous page views from memory: validators, gzip, content reloads, and nobody's personal parts. */
@IntegrationTest
class PageCacheTest {

    static final String PAGE = "/questions/cap-theorem";
    static final List<String> PAGES =
            List.of("/", PAGE, "/topics/databases", "/roles", "/learning-path", "/behavioral");

    @LocalServerPort
    int port;

    @Autowired
    RenderedPageCache cache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> get(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void anAnonymousPageIsRenderedOnceAndServedFromMemoryWithoutCookies() {
        var first = get(PAGE);
        double hitsBefore = hits();
        var second = get(PAGE);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(hits()).isGreaterThan(hitsBefore);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(new String(second.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("CAP")
                .contains("Sign in")
                .doesNotContain("name=\"_csrf\"");
        assertThat(header(second, "ETag")).matches("\"[0-9a-f]{24}\"").isEqualTo(header(first, "ETag"));
        assertThat(header(second, "Last-Modified")).isNotBlank();
        assertThat(header(second, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(second, "Vary")).contains("Accept-Encoding").contains("Cookie");
        assertThat(header(second, "Content-Security-Policy")).isNotBlank();
        // Neither the render nor the copy from memory hands out a cookie (not even the CSRF one).
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(cache.bytes()).isPositive();
    }

    @Test
    void aMatchingEtagGets304WithoutBodyAndAStaleOneTheNewPage() {
        String etag = header(get(PAGE), "ETag");

        var same = get(PAGE, "If-None-Match", etag);
        var weakSame = get(PAGE, "If-None-Match", "\"nope\", W/" + etag);
        var stale = get(PAGE, "If-None-Match", "\"0123456789abcdef01234567\"");
        var sinceNow = get(PAGE, "If-Modified-Since", header(same, "Last-Modified"));

        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(header(same, "ETag")).isEqualTo(etag);
        assertThat(weakSame.statusCode()).isEqualTo(304);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(header(stale, "ETag")).isEqualTo(etag);
        assertThat(stale.body()).isNotEmpty();
        assertThat(sinceNow.statusCode()).isEqualTo(304);
    }

    @Test
    void gzipIsServedWhenAcceptedAndDecompressesToThePlainPage() throws IOException {
        var plain = get(PAGE);
        var zipped = get(PAGE, "Accept-Encoding", "br, gzip;q=0.8");
        var refused = get(PAGE, "Accept-Encoding", "gzip;q=0, deflate");

        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(header(zipped, "ETag")).isNotEqualTo(header(plain, "ETag"));
        assertThat(header(refused, "Content-Encoding")).isNull();
        assertThat(refused.body()).isEqualTo(plain.body());
        assertThat(get(PAGE, "Accept-Encoding", "gzip", "If-None-Match", header(zipped, "ETag"))
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void aContentReloadOnAnotherNodeReplacesThePageAndARenamedQuestionsOldUrlRedirects() {
        String before = header(get(PAGE), "ETag");
        long id = jdbc.sql("SELECT id FROM question WHERE slug = 'cap-theorem'")
                .query(Long.class)
                .single();
        String title = jdbc.sql("SELECT title FROM question WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        try {
            // What another node's sync leaves in the shared database: a renamed question and a newer sync time.
            jdbc.sql("UPDATE question SET slug = 'cap-theorem-explained', title = ? WHERE id = ?")
                    .params(title + " Zanzibarian edition", id)
                    .update();
            jdbc.sql("INSERT INTO question_slug_history (old_slug, question_id) VALUES ('cap-theorem', ?)")
                    .param(id)
                    .update();
            moveSyncTime(1);
            CatalogNodeTestSupport.followSharedSyncNow(context);

            var old = get(PAGE, "If-None-Match", before);
            var renamed = get("/questions/cap-theorem-explained");
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(header(old, "Location")).endsWith("/questions/cap-theorem-explained");
            assertThat(renamed.statusCode()).isEqualTo(200);
            assertThat(new String(renamed.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Zanzibarian edition");
        } finally {
            jdbc.sql("DELETE FROM question_slug_history WHERE old_slug = 'cap-theorem'")
                    .update();
            jdbc.sql("UPDATE question SET slug = 'cap-theorem', title = ? WHERE id = ?")
                    .params(title, id)
                    .update();
            moveSyncTime(2);
            CatalogNodeTestSupport.followSharedSyncNow(context);
        }
        var back = get(PAGE, "If-None-Match", before);
        assertThat(back.statusCode()).as("the page as it was, rendered again").isIn(200, 304);
        if (back.statusCode() == 200) {
            assertThat(new String(back.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(title)
                    .doesNotContain("Zanzibarian");
        }
    }

    private void moveSyncTime(int seconds) {
        jdbc.sql("UPDATE content_sync_lock SET last_synced = ? WHERE id = 1")
                .param(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds))
                .update();
    }

    record Visitor(String name, Http browser) {}

    @Test
    void twoSignedInPeopleAndAGuestNeverSeeEachOthersPartsAndNothingPersonalIsSharedCacheable() {
        var ada = signedIn("Ada " + UUID.randomUUID().toString().substring(0, 6));
        var bob = signedIn("Bob " + UUID.randomUUID().toString().substring(0, 6));
        var guest = new Visitor(null, new Http(port));
        List<Visitor> everyone = List.of(ada, bob, guest, bob, ada, guest);
        List<String> storedBySharedCache = new ArrayList<>();
        double personalBefore = cache.personalCount();

        for (String path : PAGES) {
            for (Visitor visitor : everyone) {
                var page = visitor.browser().getPage(path);
                assertThat(page.status()).as(path).isEqualTo(200);
                String cacheControl = String.valueOf(page.header("Cache-Control"));
                for (Visitor other : List.of(ada, bob)) {
                    if (other != visitor) {
                        assertThat(page.body()).as(path).doesNotContain(other.name());
                    }
                }
                if (visitor.name() != null) {
                    assertThat(page.body()).as(path).contains(visitor.name()).contains("Sign out");
                    if (!path.equals("/")) {
                        // The same cached bytes with this person's parts, and the form token of their session.
                        assertThat(page.csrf()).isNotBlank();
                    }
                    assertThat(cacheControl).as(path).containsAnyOf("no-store", "private");
                    assertThat(page.header("ETag")).isNull();
                } else {
                    assertThat(page.body()).as(path).contains("Sign in").doesNotContain("Sign out");
                    assertThat(cacheControl).as(path).startsWith("public");
                    assertThat(page.headers("Set-Cookie")).isEmpty();
                }
                if (sharedCacheMayStore(cacheControl)) {
                    storedBySharedCache.add(page.body());
                }
            }
        }

        // Once the guest's view has put a page in the cache, every signed-in view of it (the landing page
        // excepted: it is their home) comes from memory with their parts.
        assertThat(cache.personalCount() - personalBefore).isGreaterThanOrEqualTo((PAGES.size() - 1) * 2.0);
        // A CDN in front keeps only what is marked shareable: none of it names anyone or has a form token.
        assertThat(storedBySharedCache).hasSize(PAGES.size() * 2);
        assertThat(storedBySharedCache)
                .allSatisfy(body -> assertThat(body)
                        .doesNotContain(ada.name())
                        .doesNotContain(bob.name())
                        .doesNotContain("Sign out")
                        .doesNotContain("name=\"_csrf\""));
    }

    /** RFC 9111 section 3 for a shared cache, as far as these responses go. */
    static boolean sharedCacheMayStore(String cacheControl) {
        String value = cacheControl.toLowerCase(java.util.Locale.ROOT);
        return !value.contains("no-store")
                && !value.contains("private")
                && (value.contains("public") || value.contains("max-age") || value.contains("s-maxage"));
    }

    @Test
    void aSignedInPageFromMemoryIsWhatTheTemplatesRenderForThatPersonAndItsSignOutFormWorks()
            throws IOException, InterruptedException {
        var interviewer = People.anInterviewer(port);
        var browser = signIn(interviewer.email());
        for (String path : List.of(PAGE, "/topics/databases", "/roles", "/learning-path")) {
            get(path); // an anonymous view puts the page in the cache
            double before = cache.personalCount();
            var fromMemory = browser.getPage(path);
            assertThat(cache.personalCount()).as(path).isGreaterThan(before);
            // A query string takes every page past the cache: the templates' own render for this person.
            var rendered = browser.getPage(path + "?rendered");

            assertThat(fromMemory.body())
                    .as(path)
                    .contains("Test Candidate")
                    .contains("Hiring")
                    .contains("Notebook")
                    .contains("Sign out")
                    .doesNotContain("Sign in");
            assertThat(normalised(fromMemory.body())).as(path).isEqualTo(normalised(rendered.body()));
            assertThat(fromMemory.header("ETag")).isNull();
            assertThat(fromMemory.header("Cache-Control")).contains("no-store");
            var zipped = HttpClient.newBuilder()
                    .cookieHandler(browser.cookies())
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Accept-Encoding", "gzip")
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
            try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                String unzipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(normalised(unzipped)).as(path).isEqualTo(normalised(rendered.body()));
            }
        }
        assertThat(browser.getPage(PAGE).body()).contains("href=\"/practice/questions/cap-theorem\"");

        // The sign-out form of a page from memory carries this session's valid token: it signs out.
        var page = browser.getPage("/roles");
        var out = browser.postForm("/logout", Map.of("_csrf", page.csrf()));
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.header("Location")).endsWith("/?signed-out");
        assertThat(browser.getPage("/roles").body()).contains("Sign in").doesNotContain("Test Candidate");
    }

    /** The page without its form tokens (masked afresh on every request) and whitespace between tags. */
    private static String normalised(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"")
                .replaceAll(">\\s+<", "><")
                .replaceAll("\\s+", " ");
    }

    private Visitor signedIn(String name) {
        String email = "cache-" + UUID.randomUUID() + "@example.test";
        var created = new Http(port)
                .post(
                        "/api/v1/accounts",
                        "{\"email\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\"}"
                                .formatted(email, name, People.PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Visitor(name, signIn(email));
    }

    private Http signIn(String email) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        var done =
                browser.postForm("/login", Map.of("email", email, "password", People.PASSWORD, "_csrf", login.csrf()));
        assertThat(done.status()).isEqualTo(302);
        return browser;
    }

    private double hits() {
        return cache.hitCount();
    }
}
