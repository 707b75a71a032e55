package dev.prepstack.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL the bank marks ```sql runnable claims to run as written: each block runs on PostgreSQL in an
 * empty schema of its own, inside a transaction that is rolled back, so nothing it creates stays.
 */
class RunnableSqlTest {

    private static String schema;

    @BeforeAll
    static void createSchema() {
        Postgres.assumeReachable();
        schema = Postgres.newSchema("runnable_sql");
    }

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(schema);
    }

    @Test
    void everySqlExampleMarkedRunnableRunsOnPostgres() throws SQLException {
        ContentBank bank =
                new ContentLoader(new ContentProperties(null), new MarkdownRenderer()).load(Path.of("content"));
        List<String[]> blocks = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            runnableBlocks(q.answerMarkdown()).forEach(sql -> blocks.add(new String[] {q.slug(), sql}));
        }
        assertThat(blocks).as("runnable SQL examples in the bank").hasSizeGreaterThanOrEqualTo(10);

        List<String> failures = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(Postgres.url(schema), Postgres.USER, "")) {
            connection.setAutoCommit(false);
            for (String[] block : blocks) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL search_path TO " + schema);
                    statement.execute(block[1]);
                } catch (SQLException e) {
                    failures.add(block[0] + ": " + e.getMessage());
                } finally {
                    connection.rollback();
                }
            }
        }
        assertThat(failures).as("runnable SQL that fails").isEmpty();
    }

    static List<String> runnableBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                if (info.matches("sql\\s+runnable")) {
                    out.add(block.getLiteral());
                }
            }
        });
        return out;
    }
}
