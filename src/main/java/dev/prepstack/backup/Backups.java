package dev.prepstack.backup;

import dev.prepstack.shared.InvalidParameterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    // Bookkeeping of tools, not data: they belong to the running installation, not to the backup.
    // Remember-me logins are credentials, not data: a restored installation signs everyone in again.
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "shedlock", "persistent_logins");

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
                for (String table : tablesInDependencyOrder(c)) {
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
                ResultSet rs = st.executeQuery("SELECT * FROM " + quote(table) + " ORDER BY 1")) {
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
                    writeValue(rs, i, typeOf(md.getColumnType(i), md.getColumnTypeName(i)), g);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** PostgreSQL's driver reports timestamptz as a plain TIMESTAMP; its type name tells them apart. */
    private static int typeOf(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP && (name.contains("timestamptz") || name.contains("with time zone"))) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return type;
    }

    private static void writeValue(ResultSet rs, int i, int type, JsonGenerator g) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                if (v == null) g.writeNull();
                else g.writeString(v.toString());
            }
            case Types.TIMESTAMP -> {
                LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                if (v == null) g.writeNull();
                else g.writeString(v.toString());
            }
            case Types.DATE -> {
                LocalDate v = rs.getObject(i, LocalDate.class);
                if (v == null) g.writeNull();
                else g.writeString(v.toString());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] v = rs.getBytes(i);
                if (v == null) g.writeNull();
                else g.writeString(Base64.getEncoder().encodeToString(v));
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) g.writeNull();
                else g.writeBoolean(v);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) g.writeNull();
                else g.writeNumber(v);
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) g.writeNull();
                else g.writeNumber(v);
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal v = rs.getBigDecimal(i);
                if (v == null) g.writeNull();
                else g.writeNumber(v);
            }
            default -> {
                String v = rs.getString(i);
                if (v == null) g.writeNull();
                else g.writeString(v);
            }
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
                List<String> tables = tablesInDependencyOrder(c);
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
                            clear(c, tables);
                            cleared = true;
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                readTable(c, p, tables, counts);
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                expect(cleared, "the backup has no tables");
                restartIdentities(c, tables);
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
        Map<String, Integer> types = columnTypes(c, table);
        for (String column : columns) {
            expect(types.containsKey(column), "column " + table + "." + column + " does not exist here");
        }
        String sql = "INSERT INTO " + quote(table) + " ("
                + String.join(", ", columns.stream().map(Backups::quote).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        int rows = 0;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            while (p.nextToken() == JsonToken.START_ARRAY) {
                for (int i = 0; i < columns.size(); i++) {
                    JsonToken token = p.nextToken();
                    expect(token != JsonToken.END_ARRAY, "a row of " + table + " has too few values");
                    bind(insert, i + 1, types.get(columns.get(i)), p);
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

    private static void bind(PreparedStatement st, int index, int type, JsonParser p) throws SQLException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            st.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                // The text says which it is: an offset (written from a zoned column) or none.
                String text = p.getString();
                boolean zoned = text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$");
                st.setObject(index, zoned ? OffsetDateTime.parse(text) : LocalDateTime.parse(text));
            }
            case Types.DATE -> st.setObject(index, LocalDate.parse(p.getString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                st.setBytes(index, Base64.getDecoder().decode(p.getString()));
            case Types.BOOLEAN, Types.BIT -> st.setBoolean(index, p.getBooleanValue());
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> st.setInt(index, p.getIntValue());
            case Types.BIGINT -> st.setLong(index, p.getLongValue());
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> st.setDouble(index, p.getDoubleValue());
            case Types.NUMERIC, Types.DECIMAL -> st.setBigDecimal(index, p.getDecimalValue());
            default -> st.setString(index, p.getValueAsString());
        }
    }

    private void clear(Connection c, List<String> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                st.executeUpdate("DELETE FROM " + quote(tables.get(i)));
            }
        }
    }

    /** New rows must not collide with restored ids: identity counters continue after the largest. */
    private void restartIdentities(Connection c, List<String> tables) throws SQLException {
        boolean postgres = c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        for (String table : tables) {
            for (String column : identityColumns(c, table)) {
                long next;
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery(
                                "SELECT COALESCE(MAX(" + quote(column) + "), 0) + 1 FROM " + quote(table))) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement st = c.createStatement()) {
                    if (postgres) {
                        st.execute("SELECT setval(pg_get_serial_sequence('" + c.getSchema() + "." + table + "', '"
                                + column + "'), " + next + ", false)");
                    } else {
                        st.execute("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " RESTART WITH "
                                + next);
                    }
                }
            }
        }
    }

    /** The tables of the application's schema, each after the tables it references. */
    List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!SKIPPED.contains(name) && !name.startsWith("spring_session")) {
                    names.add(name);
                }
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        for (String name : names) {
            Set<String> refs = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(c.getCatalog(), schema, exactName(md, name))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(name)) {
                        refs.add(parent);
                    }
                }
            }
            references.put(name, refs);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        names.sort(String::compareTo);
        while (ordered.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!placed.contains(name)
                        && placed.containsAll(references.get(name).stream()
                                .filter(names::contains)
                                .toList())) {
                    ordered.add(name);
                    placed.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Tables reference each other in a cycle: " + names);
            }
        }
        return ordered;
    }

    private static String exactName(DatabaseMetaData md, String name) throws SQLException {
        return md.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), exactName(md, table), "%")) {
            while (rs.next()) {
                types.put(
                        rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        typeOf(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
            }
        }
        return types;
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), exactName(md, table), "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
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

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
