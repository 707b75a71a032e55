package dev.prepstack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.support.Http;
import dev.prepstack.support.Postgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL schema and one content folder: a sync made on one node reaches the
 * other node's in-memory catalog within its polling interval, and both then serve the same bank
 * under the same ETag.
 */
class TwoNodesCatalogTest {

    static final Path CONTENT = copyOfTheBank();
    static String schema;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        Postgres.assumeReachable();
        schema = Postgres.newSchema("prepstack_catalog_nodes");
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
    void aSyncOnOneNodeReachesTheOtherNodesCatalog() throws IOException {
        var fromB = new Http(port(b));
        var before = fromB.get("/api/v1/questions/cap-theorem");
        assertThat(before.status()).isEqualTo(200);
        String etag = before.header("ETag");
        assertThat(new Http(port(a)).get("/api/v1/questions/cap-theorem").header("ETag"))
                .as("both nodes serve one bank under one tag")
                .isEqualTo(etag);
        Path capTheorem = CONTENT.resolve("questions/distributed-systems/cap-theorem.md");
        Files.writeString(capTheorem, Files.readString(capTheorem) + "\n\nA line only node a has synced so far.\n");
        Files.delete(CONTENT.resolve("questions/databases/recursive-cte-hierarchical-data.md"));

        ContentSynced synced = a.getBean(CatalogSync.class).reload();

        assertThat(synced.updated()).isEqualTo(1);
        assertThat(synced.retired()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var now = fromB.send(
                    "GET", "/api/v1/questions/cap-theorem", null, null, "application/json", "If-None-Match", etag);
            assertThat(now.status()).isEqualTo(200);
            assertThat(now.body()).contains("A line only node a has synced so far.");
            assertThat(now.header("ETag")).isNotEqualTo(etag);
        });
        assertThat(fromB.get("/api/v1/questions/recursive-cte-hierarchical-data")
                        .status())
                .isEqualTo(410);
        assertThat(new Http(port(a)).get("/api/v1/questions/cap-theorem").header("ETag"))
                .isEqualTo(fromB.get("/api/v1/questions/cap-theorem").header("ETag"));
    }

    static ConfigurableApplicationContext node() {
        String[] args = Postgres.nodeArguments(
                schema,
                "--server.port=0",
                "--prepstack.content-dir=" + CONTENT,
                "--prepstack.catalog.refresh-interval=1s",
                "--prepstack.embedding.enabled=false");
        return new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(args);
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** The real bank in a folder of its own, so the test may edit it. */
    private static Path copyOfTheBank() {
        try {
            Path target = Files.createTempDirectory("prepstack-two-nodes-content");
            Path source = Path.of("content");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
