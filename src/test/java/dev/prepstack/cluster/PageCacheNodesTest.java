package dev.prepstack.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.catalog.CatalogSync;
import dev.prepstack.support.Http;
import dev.prepstack.support.Postgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL schema and one content folder: a content reload on one node replaces the
 * other node's cached pages within its polling interval, and a renamed question's old address
 * answers 301 there too.
 */
class PageCacheNodesTest {

    static final String QUESTION = "questions/databases/database-indexing.md";
    static Path content;
    static String schema;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws IOException {
        Postgres.assumeReachable();
        content = Files.createTempDirectory("prepstack-nodes-content");
        Path source = Path.of("content");
        for (String f : List.of("topics.yml", "roles.yml", "learning-path.yml", "tips.yml", "faq.yml")) {
            Files.copy(source.resolve(f), content.resolve(f));
        }
        for (String q : List.of(QUESTION, "questions/caching/role-of-caching.md")) {
            Path target = content.resolve(q);
            Files.createDirectories(target.getParent());
            Files.writeString(
                    target, Files.readString(source.resolve(q)).replaceAll("(?m)^related:.*$", "related: []"));
        }
        schema = Postgres.newSchema("prepstack_pagecache");
        a = node();
        b = node();
    }

    @AfterAll
    static void stop() throws IOException {
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        Postgres.dropSchema(schema);
        if (content != null) {
            try (Stream<Path> files = Files.walk(content)) {
                files.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static ConfigurableApplicationContext node() {
        String[] args = Postgres.nodeArguments(
                schema,
                "--server.port=0",
                "--prepstack.content-dir=" + content,
                "--prepstack.embedding.enabled=false",
                "--prepstack.catalog.refresh-interval=1s");
        return new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(args);
    }

    static Http anonymous(ConfigurableApplicationContext node) {
        return new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void aReloadOnOneNodeReplacesTheOtherNodesPagesWithinItsPollingInterval() throws Exception {
        var before = anonymous(b).getPage("/questions/database-indexing");
        var again = anonymous(b).getPage("/questions/database-indexing");
        assertThat(before.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(before.header("ETag"));

        Path file = content.resolve(QUESTION);
        String text = Files.readString(file);
        Files.writeString(
                content.resolve("questions/databases/how-indexes-work.md"),
                text.replace("slug: database-indexing", "slug: how-indexes-work")
                        .replace("previous_slugs: []", "previous_slugs: [database-indexing]")
                        .replaceFirst("(?m)^title: (.*)$", "title: $1 Zanzibarian edition"));
        Files.delete(file);
        a.getBean(CatalogSync.class).reload();
        long reloaded = System.nanoTime();

        Http.Response renamed = null;
        while (System.nanoTime() - reloaded < 10_000_000_000L) {
            renamed = anonymous(b).getPage("/questions/how-indexes-work");
            if (renamed.status() == 200) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - reloaded) / 1e9;
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body()).contains("Zanzibarian edition");
        // The polling interval is 1 s; the rest is slack for a busy machine.
        assertThat(seconds).isLessThan(5);

        var old = anonymous(b)
                .send(
                        "GET",
                        "/questions/database-indexing",
                        null,
                        null,
                        "text/html",
                        "If-None-Match",
                        before.header("ETag"));
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith("/questions/how-indexes-work");
    }
}
