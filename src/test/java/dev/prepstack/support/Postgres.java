package dev.prepstack.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's PostgreSQL for tests (127.0.0.1:5432, user postgres, database test). Tests skip
 * with a visible message when it is unreachable, unless PREPSTACK_REQUIRE_POSTGRES=true (set by
 * .ci/run), which turns the skip into a failure. Each test class works in a schema of its own.
 */
public final class Postgres {

    public static final String HOST = System.getenv().getOrDefault("PREPSTACK_TEST_PG_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PREPSTACK_TEST_PG_PORT", "5432"));
    public static final String DATABASE = System.getenv().getOrDefault("PREPSTACK_TEST_PG_DATABASE", "test");
    public static final String USER = System.getenv().getOrDefault("PREPSTACK_TEST_PG_USER", "postgres");

    private Postgres() {}

    public static String url(String schema) {
        return "jdbc:postgresql://%s:%d/%s?currentSchema=%s".formatted(HOST, PORT, DATABASE, schema);
    }

    /** Skips (or fails, when required) the calling test unless PostgreSQL answers. */
    public static void assumeReachable() {
        boolean reachable = reachable();
        if (!reachable) {
            String message = "PostgreSQL is not reachable at %s:%d: skipping PostgreSQL tests".formatted(HOST, PORT);
            if ("true".equalsIgnoreCase(System.getenv("PREPSTACK_REQUIRE_POSTGRES"))) {
                throw new AssertionError(message + " (but PREPSTACK_REQUIRE_POSTGRES=true makes them mandatory)");
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
    }

    public static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static String newSchema(String prefix) {
        String schema = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /**
     * Points a Spring test context at a new schema of its own (skipping or failing the test when
     * PostgreSQL is unreachable); returns the schema, for {@link #dropSchema} afterwards.
     */
    public static String useNewSchema(
            org.springframework.test.context.DynamicPropertyRegistry registry, String prefix) {
        assumeReachable();
        String schema = newSchema(prefix);
        registry.add("spring.datasource.url", () -> url(schema));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        return schema;
    }

    /** The same settings as command-line arguments, followed by others, for nodes a test starts itself. */
    public static String[] nodeArguments(String schema, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--spring.datasource.url=" + url(schema),
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema));
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    public static void dropSchema(String schema) {
        if (schema != null && reachable()) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://%s:%d/%s".formatted(HOST, PORT, DATABASE), USER, "");
                var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
        }
    }
}
