package dev.prepstack.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on one PostgreSQL schema: a revision an editor publishes on one node is served by the
 * other within its polling interval, under a new ETag, with its history.
 */
class TwoNodesEditorialTest {

    static String schema;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        Postgres.assumeReachable();
        schema = Postgres.newSchema("prepstack_editorial_nodes");
        a = node();
        b = node();
    }

    @AfterAll
    static void stop() {
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        Postgres.dropSchema(schema);
    }

    @Test
    void aRevisionPublishedOnOneNodeIsServedByTheOther() {
        String slug = "cap-theorem";
        var fromB = new Http(port(b));
        var before = fromB.get("/api/v1/questions/" + slug);
        String etag = before.header("ETag");
        List<String> points = new ArrayList<>();
        before.json().get("keyPoints").forEach(p -> points.add(p.asString()));
        points.set(points.size() - 1, points.getLast() + " (published on node a)");
        var editor = People.anEditor(port(a));
        var q = new Http(port(a)).get("/api/v1/questions/" + slug).json();

        var published = editor.api(port(a))
                .put(
                        "/api/v1/editorial/questions/" + slug,
                        JsonMapper.builder()
                                .build()
                                .writeValueAsString(Map.of(
                                        "title", q.get("title").asString(),
                                        "summary", q.get("summary").asString(),
                                        "keyPoints", points,
                                        "answerMarkdown",
                                                q.get("answerMarkdown").asString(),
                                        "changeSummary", "Published on node a")));
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var now = fromB.get("/api/v1/questions/" + slug);
            assertThat(now.body()).contains("(published on node a)");
            assertThat(now.header("ETag")).isNotEqualTo(etag);
        });
        assertThat(fromB.get("/api/v1/questions/" + slug + "/revisions").body()).contains("Published on node a");
    }

    @Test
    void aQuestionCreatedOnOneNodeIsServedByTheOtherInItsTopicAndSearch() {
        var answer = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            answer.append("The twinnode cache replays hot key number ")
                    .append(i)
                    .append(" before traffic. ");
        }
        var body = Map.of(
                "topic", "caching",
                "title", "How does a twinnode cache warm itself after a deploy?",
                "summary", "A twinnode cache warms itself by replaying the hottest keys before it takes traffic.",
                "keyPoints",
                        List.of(
                                "Replaying hot keys fills the twinnode cache before traffic",
                                "Warming limits the miss storm right after a deploy",
                                "A warm-up budget keeps the twinnode cache from overloading the store"),
                "answerMarkdown", answer.toString(),
                "followUps",
                        List.of(Map.of(
                                "question",
                                "How long may the warm-up take before the node joins the pool?",
                                "answer",
                                "The warm-up may take as long as the deploy budget allows. A node that is"
                                        + " still cold joins the pool at a low weight.",
                                "keyPoints",
                                List.of(
                                        "The deploy budget bounds the warm-up time",
                                        "A node still cold joins the pool at a low weight"))),
                "tags", List.of("caching"),
                "sources",
                        List.of(Map.of(
                                "title", "Redis documentation: Key eviction",
                                "url", "https://redis.io/docs/latest/develop/reference/eviction/")));
        var created = People.anEditor(port(a))
                .api(port(a))
                .post(
                        "/api/v1/editorial/questions",
                        JsonMapper.builder().build().writeValueAsString(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String slug = created.json().get("slug").asString();

        var fromB = new Http(port(b));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fromB.get("/api/v1/questions/" + slug).status()).isEqualTo(200);
            assertThat(fromB.getPage("/topics/caching").body()).contains("twinnode cache");
            assertThat(fromB.get("/api/v1/search?q=twinnode+cache+warm").body()).contains(slug);
        });
    }

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(Postgres.nodeArguments(
                        schema,
                        "--server.port=0",
                        "--prepstack.catalog.refresh-interval=1s",
                        "--prepstack.embedding.enabled=false"));
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
