package dev.prepstack.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class QuestionApiTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void listsEveryTopicWithItsQuestionCountsPerLevel() {
        var response = http.get("/api/v1/topics");

        assertThat(response.status()).isEqualTo(200);
        JsonNode topics = response.json();
        assertThat(topics.size()).isEqualTo(18);
        JsonNode databases = findBySlug(topics, "databases");
        assertThat(databases.get("name").asString()).isEqualTo("Databases");
        int fresher = databases.get("questionCounts").get("fresher").asInt();
        int technical = http.get("/api/v1/questions?topic=databases&level=fresher&kind=technical&size=100")
                .json()
                .get("totalItems")
                .asInt();
        int scenario = http.get("/api/v1/questions?topic=databases&level=fresher&kind=scenario&size=100")
                .json()
                .get("totalItems")
                .asInt();
        assertThat(fresher).isGreaterThanOrEqualTo(4).isEqualTo(technical + scenario);
    }

    @Test
    void pagesQuestionsFromZeroWithTotals() {
        JsonNode first = http.get("/api/v1/questions?size=7").json();
        JsonNode second = http.get("/api/v1/questions?size=7&page=1").json();

        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(7);
        assertThat(first.get("items").size()).isEqualTo(7);
        long total = first.get("totalItems").asLong();
        assertThat(total).isGreaterThan(14);
        assertThat(first.get("totalPages").asInt()).isEqualTo((int) ((total + 6) / 7));
        assertThat(second.get("items").get(0).get("slug").asString())
                .isNotEqualTo(first.get("items").get(0).get("slug").asString());
        JsonNode item = first.get("items").get(0);
        assertThat(item.propertyNames()).contains("slug", "title", "topic", "level", "kind", "summary", "updatedAt");
    }

    @Test
    void filtersByTopicLevelKindAndTag() {
        JsonNode page = http.get("/api/v1/questions?topic=caching&level=experienced&size=100")
                .json();
        assertThat(page.get("items").size()).isPositive();
        page.get("items").forEach(i -> {
            assertThat(i.get("topic").asString()).isEqualTo("caching");
            assertThat(i.get("level").asString()).isEqualTo("experienced");
        });

        JsonNode behavioral =
                http.get("/api/v1/questions?kind=behavioral&size=100").json();
        assertThat(behavioral.get("totalItems").asInt()).isGreaterThanOrEqualTo(15);
        behavioral
                .get("items")
                .forEach(i -> assertThat(i.get("kind").asString()).isEqualTo("behavioral"));

        String tag = http.get("/api/v1/questions/cap-theorem")
                .json()
                .get("tags")
                .get(0)
                .asString();
        JsonNode tagged = http.get("/api/v1/questions?tag=" + tag + "&size=100").json();
        assertThat(tagged.get("items").findValuesAsString("slug")).contains("cap-theorem");
    }

    @Test
    void returnsAQuestionWithItsAnswerKeyPointsAndFollowUps() {
        var response = http.get("/api/v1/questions/cap-theorem");

        assertThat(response.status()).isEqualTo(200);
        JsonNode q = response.json();
        assertThat(q.propertyNames())
                .contains(
                        "slug",
                        "title",
                        "aliases",
                        "topic",
                        "topics",
                        "level",
                        "kind",
                        "tags",
                        "summary",
                        "answerMarkdown",
                        "answerHtml",
                        "keyPoints",
                        "followUps",
                        "commonMistakes",
                        "related",
                        "updatedAt");
        assertThat(q.get("title").asString())
                .isEqualTo("Explain the concept of CAP theorem and its impact on backend development.");
        assertThat(q.get("topic").asString()).isEqualTo("distributed-systems");
        assertThat(q.get("level").asString()).isEqualTo("experienced");
        assertThat(q.get("keyPoints").size()).isBetween(3, 8);
        assertThat(q.get("commonMistakes").size()).isBetween(2, 5);
        for (JsonNode m : q.get("commonMistakes")) {
            assertThat(m.get("claim").asString()).isNotBlank();
            assertThat(m.get("correction").asString()).isNotBlank();
            assertThat(m.get("keyPoint").asInt())
                    .isBetween(0, q.get("keyPoints").size() - 1);
        }
        assertThat(q.get("answerHtml").asString()).contains("<p>").doesNotContain("<script");
        assertThat(q.get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void answersAnUnknownSlugWith404ProblemDetails() {
        var response = http.get("/api/v1/questions/no-such-question");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains("no-such-question");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "level=guru, level",
        "kind=essay, kind",
        "page=-1, page",
        "size=0, size",
        "size=101, size",
        "topic=astrology, topic",
    })
    void rejectsBadParametersWith400NamingTheParameter(String query, String parameter) {
        var response = http.get("/api/v1/questions?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
        assertThat(response.json().get("detail").asString()).contains(parameter);
    }

    @ParameterizedTest
    @CsvSource({"page=abc", "size=ten", "page=99999999999999"})
    void rejectsNonNumericPagingWith400(String query) {
        var response = http.get("/api/v1/questions?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(query.substring(0, query.indexOf('=')));
    }

    @Test
    void rejectsAnOverlongTag() {
        var response = http.get("/api/v1/questions?tag=" + "x".repeat(61));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("tag");
    }

    @Test
    void answersUnknownApiPathsAndWrongMethodsWithProblemDetails() {
        var anonymous = http.get("/api/v1/nothing-here");
        assertThat(anonymous.status())
                .as("anonymous callers learn nothing about other paths")
                .isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        var signedIn = dev.prepstack.support.People.aCandidate(port).api(port);
        var unknown = signedIn.get("/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var wrongMethod = signedIn.post("/api/v1/topics", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publishesAnOpenApiDocumentAndHealth() {
        var docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/topics", "/api/v1/questions", "/api/v1/questions/{slug}");

        var health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    private static JsonNode findBySlug(JsonNode array, String slug) {
        for (JsonNode n : array) {
            if (n.get("slug").asString().equals(slug)) {
                return n;
            }
        }
        throw new AssertionError("no " + slug);
    }
}
