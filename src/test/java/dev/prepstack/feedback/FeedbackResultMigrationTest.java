package dev.prepstack.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V26: saved feedback names its question by id; old rows find it by slug, or by a former slug. */
class FeedbackResultMigrationTest {

    @Test
    void savedFeedbackKeepsItsQuestionByIdThroughARenameAndARubricKeepsNone() {
        var data = new DriverManagerDataSource(
                "jdbc:h2:mem:v26-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa",
                "");
        MigrationVersion v26 = MigrationVersion.fromVersion("26");
        // Whichever migration comes last before V26 (other changes number theirs as they land).
        MigrationVersion before = Arrays.stream(Flyway.configure()
                        .dataSource(data)
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v26) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration")
                .target(before)
                .load()
                .migrate();
        var jdbc = JdbcClient.create(data);
        long cap = question(jdbc, "cap-theorem");
        long renamed = question(jdbc, "consistent-hashing");
        jdbc.sql("INSERT INTO question_slug_history (old_slug, question_id) VALUES ('hash-rings', ?)")
                .param(renamed)
                .update();
        jdbc.sql("INSERT INTO account (email, display_name, time_zone, created_at)"
                        + " VALUES ('a@example.org', 'A', 'UTC', CURRENT_TIMESTAMP)")
                .update();
        for (String slug : new String[] {"cap-theorem", "hash-rings", null}) {
            jdbc.sql("INSERT INTO feedback_result (account_id, question_slug, answer, score, result_json, created_at)"
                            + " SELECT id, ?, 'an answer', 50, '{}', CURRENT_TIMESTAMP FROM account")
                    .param(slug)
                    .update();
        }

        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration")
                .target(v26)
                .load()
                .migrate();

        List<Long> ids = jdbc.sql("SELECT question_id FROM feedback_result ORDER BY id")
                .query((rs, i) -> rs.getObject(1, Long.class))
                .list();
        assertThat(ids).containsExactly(cap, renamed, null);
    }

    private static long question(JdbcClient jdbc, String slug) {
        jdbc.sql("""
                        INSERT INTO question (slug, title, kind, level, summary, answer_markdown, answer_html,
                          aliases_json, topics_json, tags_json, key_points_json, follow_ups_json, related_json,
                          word_count, updated_on, source_path, content_hash, synced_at)
                        VALUES (?, 'T', 'technical', 'fresher', 's', 'a', 'a', '[]', '[]', '[]', '[]', '[]', '[]',
                          1, CURRENT_DATE, 'p', 'h', CURRENT_TIMESTAMP)""").param(slug).update();
        return jdbc.sql("SELECT id FROM question WHERE slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }
}
