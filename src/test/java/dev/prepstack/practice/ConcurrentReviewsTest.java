package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import dev.prepstack.support.Postgres;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reviews of one card fired at once on PostgreSQL end in the state a sequential replay gives. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prepstack.embedding.enabled=false"})
@ActiveProfiles({"test", "postgres"})
class ConcurrentReviewsTest {

    static String schema;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        schema = Postgres.useNewSchema(registry, "prepstack_reviews");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "24");
    }

    @AfterAll
    static void drop() {
        Postgres.dropSchema(schema);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyConcurrentReviewsOfOneCardMatchASequentialReplay() throws Exception {
        var person = People.aCandidate(port);
        String[] ratings = {"again", "hard", "good", "easy"};
        int n = 24;
        var barrier = new CyclicBarrier(n);
        var pool = Executors.newFixedThreadPool(n);
        List<Future<Http.Response>> results = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String rating = ratings[i % 4];
                results.add(pool.submit(() -> {
                    barrier.await();
                    return person.api(port)
                            .post(
                                    "/api/v1/practice/reviews",
                                    "{\"questionSlug\":\"cap-theorem\",\"rating\":\"%s\"}".formatted(rating));
                }));
            }
            int acknowledged = 0;
            for (var f : results) {
                if (f.get().status() == 200) {
                    acknowledged++;
                }
            }
            assertThat(acknowledged).isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }

        record Logged(String rating, OffsetDateTime at) {}
        List<Logged> log = jdbc.sql("SELECT rating, reviewed_at FROM practice_review WHERE account_id = ? ORDER BY id")
                .param(person.id())
                .query((rs, i) -> new Logged(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .list();
        assertThat(log).hasSize(n);
        Fsrs fsrs = Fsrs.withRetention(Practice.DEFAULT_RETENTION);
        Card replay = Card.fresh(log.get(0).at().toInstant());
        for (Logged l : log) {
            replay = fsrs.review(replay, Rating.valueOf(l.rating()), l.at().toInstant());
        }
        var stored = jdbc.sql(
                        "SELECT state, step, stability, difficulty, due, reps FROM practice_card WHERE account_id = ?")
                .param(person.id())
                .query((rs, i) -> new Object[] {
                    rs.getString(1),
                    rs.getObject(2),
                    rs.getDouble(3),
                    rs.getDouble(4),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getInt(6)
                })
                .single();
        assertThat(stored[0]).isEqualTo(replay.state().name());
        assertThat(stored[1]).isEqualTo(replay.step());
        assertThat((double) stored[2]).isCloseTo(replay.stability(), within(1e-9));
        assertThat((double) stored[3]).isCloseTo(replay.difficulty(), within(1e-9));
        assertThat(((OffsetDateTime) stored[4]).toInstant()).isEqualTo(replay.due());
        assertThat(stored[5]).isEqualTo(n);
    }
}
