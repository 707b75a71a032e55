package dev.prepstack.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The application's tables as the database's own metadata describes them: found, not listed, so
 * that data added by later modules is backed up without anyone remembering to add it here.
 */
final class SchemaTables {

    // Bookkeeping of tools, not data: they belong to the running installation, not to the backup.
    // Remember-me logins are credentials, not data: a restored installation signs everyone in again.
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "shedlock", "persistent_logins");

    private SchemaTables() {}

    /** Deletes every row, children before the tables they reference. */
    static void clear(Connection c, List<String> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                st.executeUpdate("DELETE FROM " + quote(tables.get(i)));
            }
        }
    }

    /** New rows must not collide with restored ids: identity counters continue after the largest. */
    static void restartIdentities(Connection c, List<String> tables) throws SQLException {
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
    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
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

    static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), exactName(md, table), "%")) {
            while (rs.next()) {
                types.put(
                        rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        ColumnValues.typeOf(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
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

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
