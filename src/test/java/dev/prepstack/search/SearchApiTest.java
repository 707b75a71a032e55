package dev.prepstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SearchApiTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void findsTheQuestionForAPlainQueryWithSnippetFacetsAndTotal() {
        var response = http.get("/api/v1/search?q=" + q("how to stop sql injection"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("items").get(0).get("slug").asString()).isEqualTo("preventing-sql-injection");
        JsonNode first = body.get("items").get(0);
        assertThat(first.propertyNames()).contains("slug", "title", "topic", "level", "kind", "snippet", "score");
        assertThat(first.get("snippet").asString()).contains("<mark>");
        assertThat(body.get("facets").propertyNames()).containsExactly("topic", "level", "kind");
        assertThat(body.get("facets").get("topic").get("security").asInt()).isPositive();
        assertThat(body.get("totalItems").asInt())
                .isGreaterThanOrEqualTo(body.get("items").size());
    }

    @Test
    void toleratesTyposAndExpandsJargon() {
        assertThat(topSlug("cap theorm")).isEqualTo("cap-theorem");
        assertThat(slugs("k8s liveness probe")).contains("kubernetes-health-probes");
    }

    @Test
    void filtersNarrowTheResultsAndFacetsCountTheOtherValues() {
        JsonNode all = http.get("/api/v1/search?q=cache&size=100").json();
        JsonNode experienced =
                http.get("/api/v1/search?q=cache&level=experienced&size=100").json();

        assertThat(experienced.get("totalItems").asInt())
                .isLessThan(all.get("totalItems").asInt());
        experienced
                .get("items")
                .forEach(i -> assertThat(i.get("level").asString()).isEqualTo("experienced"));
        assertThat(experienced.get("facets").get("level").get("fresher").asInt())
                .as("the level facet still offers the other levels")
                .isEqualTo(all.get("facets").get("level").get("fresher").asInt());
    }

    @Test
    void pagesFromZero() {
        JsonNode first = http.get("/api/v1/search?q=database&size=5").json();
        JsonNode second = http.get("/api/v1/search?q=database&size=5&page=1").json();

        assertThat(first.get("items").size()).isEqualTo(5);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("slug").asString())
                .isNotEqualTo(first.get("items").get(0).get("slug").asString());
    }

    @Test
    void emptyQueryAnswersNoResultsRatherThanAnError() {
        var response = http.get("/api/v1/search?q=");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("totalItems").asInt()).isZero();
    }

    @Test
    void rejectsAQueryAboveTheDocumentedLimitNamingTheParameter() {
        var ok = http.get("/api/v1/search?q=" + "a".repeat(500));
        var tooLong = http.get("/api/v1/search?q=" + "a".repeat(5000));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.json().get("parameter").asString()).isEqualTo("q");
        assertThat(tooLong.json().get("detail").asString()).contains("500");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AND OR NOT ( ) \" * ? ~ ^ : [ ] { } \\ /",
                "title:\"cap\"~2 AND (kafka OR)",
                "*",
                "\\",
                "\"unclosed",
                "'; DROP TABLE question; --",
                "<script>alert('x')</script> xss",
                "ünïcödé 数据库 😀 caché",
                "🔥🔥🔥",
                "a",
                "%00%ff",
                "?????",
            })
    void hostileOrOddQueriesNeverFailAndSnippetsStayEscaped(String query) {
        var response = http.get("/api/v1/search?q=" + q(query));

        assertThat(response.status()).isEqualTo(200);
        for (JsonNode item : response.json().get("items")) {
            String snippet = item.get("snippet").asString();
            assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
        }
    }

    @Test
    void rejectsBadFilters() {
        assertThat(http.get("/api/v1/search?q=x&level=guru")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("level");
        assertThat(http.get("/api/v1/search?q=x&kind=essay")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("kind");
        assertThat(http.get("/api/v1/search?q=x&topic=astrology")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("topic");
        assertThat(http.get("/api/v1/search?q=x&size=101").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&page=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&page=abc").status()).isEqualTo(400);
    }

    @Test
    void searchPageShowsHighlightedResultsFacetsAndAFriendlyErrorForBadInput() {
        var page = http.getPage("/search?q=" + q("jwt vs session"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("results")
                .contains("<mark>")
                .contains("Level")
                .contains("Topic");

        var tooLong = http.getPage("/search?q=" + "x".repeat(600));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Your search is too long");

        var script = http.getPage("/search?q=" + q("<script>alert(1)</script>"));
        assertThat(script.body()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void suggestionsFragmentListsTopResultsForTheHeaderBox() {
        var fragment = http.getPage("/search/suggest?q=" + q("kafka ordering"));

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body())
                .contains("suggestions-box")
                .contains("/questions/")
                .doesNotContain("<html");
    }

    @Test
    void questionPagesShowRelatedQuestions() {
        var page = http.getPage("/questions/cap-theorem");

        assertThat(page.body()).contains("Related questions");
    }

    private String topSlug(String query) {
        return http.get("/api/v1/search?q=" + q(query))
                .json()
                .get("items")
                .get(0)
                .get("slug")
                .asString();
    }

    private java.util.List<String> slugs(String query) {
        return http.get("/api/v1/search?q=" + q(query) + "&size=5")
                .json()
                .get("items")
                .findValuesAsString("slug");
    }
}
