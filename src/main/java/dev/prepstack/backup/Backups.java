package dev.prepstack.backup;

import dev.prepstack.shared.InvalidParameterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every row of every table in one versioned JSON document, and back. The same format serves H2
 * and PostgreSQL (a backup of one restores into the other), so an operator can also move an
 * installation between them. Tables are found from the database's own metadata: data added by
 * later modules is included without anyone remembering to add it here.
 */
@Service
public class Backups {

    public static final String FORMAT = "prepstack-backup";
    public static final int VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final DataSource dataSource;
    private final Flyway flyway;
    // Backups carry whatever people typed; escaped markup keeps a browser from ever rendering it.
    private final JsonMapper json = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .characterEscapes(new dev.prepstack.shared.HtmlSafeEscapes())
                    .build())
            .build();
    private final Path dataDir;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Backups(
            DataSource dataSource,
            Flyway flyway,
            @Value("${prepstack.data-dir}") String dataDir,
            org.springframework.context.ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.events = events;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.dataDir = Path.of(dataDir);
    }

    /** What a restore put back: rows per table. */
    public record Restored(String schemaVersion, Map<String, Integer> rows) {}

    public String schemaVersion() {
        var current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** Writes the backup, read in one repeatable-read transaction so that it is consistent. */
    public void export(OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringProperty("format", FORMAT);
                g.writeNumberProperty("version", VERSION);
                g.writeStringProperty("schemaVersion", schemaVersion());
                g.writeStringProperty("createdAt", clock.instant().toString());
                g.writeName("tables");
                g.writeStartArray();
                for (String table : SchemaTables.tablesInDependencyOrder(c)) {
                    writeTable(c, table, g);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed", e);
        }
    }

    private void writeTable(Connection c, String table, JsonGenerator g) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + SchemaTables.quote(table) + " ORDER BY 1")) {
            ResultSetMetaData md = rs.getMetaData();
            g.writeStartObject();
            g.writeStringProperty("name", table);
            g.writeName("columns");
            g.writeStartArray();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                g.writeString(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            g.writeEndArray();
            g.writeName("rows");
            g.writeStartArray();
            while (rs.next()) {
                g.writeStartArray();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    ColumnValues.write(rs, i, ColumnValues.typeOf(md.getColumnType(i), md.getColumnTypeName(i)), g);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Replaces every row of every table with the backup's, in one transaction: either all of it is
     * restored or nothing changes. The backup must come from the same schema version.
     */
    public Restored restore(InputStream in) {
        try (Connection c = dataSource.getConnection();
                JsonParser p = json.createParser(in)) {
            c.setAutoCommit(false);
            try {
                Map<String, Integer> counts = new LinkedHashMap<>();
                List<String> tables = SchemaTables.tablesInDependencyOrder(c);
                expect(p.nextToken() == JsonToken.START_OBJECT, "a backup is a JSON object");
                String schema = null;
                boolean cleared = false;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "format" -> expect(FORMAT.equals(p.getString()), "not a Prepstack backup");
                        case "version" ->
                            expect(
                                    p.getIntValue() == VERSION,
                                    "backup format version " + p.getIntValue()
                                            + " is not supported (this version reads " + VERSION + ")");
                        case "schemaVersion" -> {
                            schema = p.getString();
                            expect(
                                    schemaVersion().equals(schema),
                                    "the backup has database schema version " + schema + " and this installation "
                                            + schemaVersion() + ": restore it with the Prepstack version that made it");
                        }
                        case "tables" -> {
                            expect(schema != null, "schemaVersion must come before tables");
                            expect(p.currentToken() == JsonToken.START_ARRAY, "tables must be a list");
                            SchemaTables.clear(c, tables);
                            cleared = true;
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                readTable(c, p, tables, counts);
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                expect(cleared, "the backup has no tables");
                SchemaTables.restartIdentities(c, tables);
                c.commit();
                log.info("Restored a backup (schema version {}): {}", schema, counts);
                // After the commit: the question ids and the bank may differ from the ones in memory.
                events.publishEvent(new dev.prepstack.shared.DataRestored());
                return new Restored(schema, counts);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new InvalidParameterException("backup", "could not be restored: " + e.getMessage());
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidParameterException("backup", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private void readTable(Connection c, JsonParser p, List<String> tables, Map<String, Integer> counts)
            throws SQLException {
        String name = null;
        List<String> columns = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = p.getString();
                case "columns" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        columns.add(p.getString());
                    }
                }
                case "rows" -> {
                    expect(name != null && !columns.isEmpty(), "a table's name and columns come before its rows");
                    if (!tables.contains(name)) {
                        log.warn("Backup table {} does not exist here: skipped", name);
                        p.skipChildren();
                    } else {
                        counts.put(name, insertRows(c, p, name, columns));
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private int insertRows(Connection c, JsonParser p, String table, List<String> columns) throws SQLException {
        Map<String, Integer> types = SchemaTables.columnTypes(c, table);
        for (String column : columns) {
            expect(types.containsKey(column), "column " + table + "." + column + " does not exist here");
        }
        String sql = "INSERT INTO " + SchemaTables.quote(table) + " ("
                + String.join(", ", columns.stream().map(SchemaTables::quote).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        int rows = 0;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            while (p.nextToken() == JsonToken.START_ARRAY) {
                for (int i = 0; i < columns.size(); i++) {
                    JsonToken token = p.nextToken();
                    expect(token != JsonToken.END_ARRAY, "a row of " + table + " has too few values");
                    ColumnValues.bind(insert, i + 1, types.get(columns.get(i)), p);
                }
                expect(p.nextToken() == JsonToken.END_ARRAY, "a row of " + table + " has too many values");
                insert.addBatch();
                if (++rows % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /**
     * H2 only: a consistent copy of the database file taken while it runs (H2's BACKUP TO), in the
     * data folder's backups directory. PostgreSQL installations use pg_dump instead.
     */
    public Path h2OnlineBackup() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
                throw new InvalidParameterException(
                        "database", "is not H2: back PostgreSQL up with pg_dump (see the README)");
            }
            if (c.getMetaData().getURL().contains(":mem:")) {
                throw new InvalidParameterException(
                        "database",
                        "is an in-memory H2 database: there is no file to back up (use GET /api/v1/admin/backup)");
            }
            Path dir = dataDir.resolve("backups");
            Files.createDirectories(dir);
            Path file = dir.resolve("prepstack-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(ZoneOffset.UTC))
                    + ".zip");
            try (PreparedStatement st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, file.toAbsolutePath().toString());
                st.execute();
            }
            // A backup holds everyone's data: the owner alone may read it.
            DataDirectoryPermissions.secure(dir);
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException("H2 backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidParameterException("backup", problem);
        }
    }
}
