package dev.prepstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables: reading another module's rows goes through that
 * module's API. Tables belong to the module whose migration creates them (foreign keys in
 * migrations are fine); the SQL is every string constant of the compiled classes (read from their constant pools), so text blocks,
 * folded concatenations and the constant parts of built statements are all seen.
 */
class ModuleTablesTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The module each migration that creates tables belongs to. */
    static final Map<String, String> MIGRATION_OWNERS = Map.of(
            "V1", "catalog",
            "V2", "account",
            "V3", "practice",
            "V4", "practice",
            "V5", "feedback",
            "V7", "interview",
            "V8", "hiring",
            "V9", "(root)",
            "V17", "practice");

    /** For migrations not listed above: the module a table's name says it belongs to. */
    static final Map<String, String> PREFIX_OWNERS = Map.of(
            "practice_", "practice",
            "mock_interview", "interview",
            "hiring_", "hiring",
            "feedback_", "feedback",
            "account_", "account",
            "editorial_", "editorial",
            "question_", "catalog",
            "own_question", "myquestions");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    /** SQL is written in capitals here; prose that says "from" or "update" is not SQL. */
    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+([a-z_][a-z0-9_]*)\\b");

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        compiledClasses().forEach(file -> {
            String module = moduleOf(file);
            for (String sql : stringConstants(file)) {
                for (String table : tablesNamedIn(sql)) {
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(module)) {
                        violations.add(className(file) + " (" + module + ") names " + owner + "'s table '" + table
                                + "': " + sql.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        });

        assertThat(violations)
                .as("SQL on another module's tables; read through that module's API instead")
                .isEmpty();
    }

    @Test
    void everyTableCreatedByAMigrationHasAnOwningModule() {
        Map<String, String> owners = tableOwners();

        assertThat(owners)
                .containsEntry("question", "catalog")
                .containsEntry("account", "account")
                .containsEntry("practice_card", "practice")
                .containsEntry("mock_interview_question", "interview")
                .containsEntry("hiring_kit", "hiring");
        assertThat(owners.values()).doesNotContainNull();
    }

    @Test
    void findsTheTablesOfStatementsAndIgnoresProse() {
        assertThat(tablesNamedIn(
                        "SELECT q.slug FROM practice_card c JOIN question q ON q.id = c.question_id WHERE c.due <= ?"))
                .containsExactly("practice_card", "question");
        assertThat(tablesNamedIn("DELETE FROM practice_note WHERE account_id = ? AND question_id IN"
                        + " (SELECT id FROM question WHERE topic_slug = ?)"))
                .containsExactly("practice_note", "question");
        assertThat(tablesNamedIn("UPDATE account SET session_epoch = session_epoch + 1"))
                .containsExactly("account");
        assertThat(tablesNamedIn("Use the slugs from question addresses, such as cap-theorem."))
                .isEmpty();
    }

    @Test
    void seesTheSqlOfTheCompiledClasses() {
        // Without this, a scanner that read nothing would pass the first test.
        List<String> practiceSql = compiledClasses()
                .filter(f -> moduleOf(f).equals("practice"))
                .flatMap(f -> stringConstants(f).stream())
                .flatMap(s -> tablesNamedIn(s).stream())
                .toList();

        assertThat(practiceSql).contains("practice_card", "practice_review", "practice_bookmark");
    }

    static List<String> tablesNamedIn(String sql) {
        List<String> tables = new ArrayList<>();
        Matcher m = TABLE_REFERENCE.matcher(sql);
        while (m.find()) {
            tables.add(m.group(1));
        }
        return tables;
    }

    static Map<String, String> tableOwners() {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                String version = file.getFileName().toString().split("__")[0];
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    String owner = Optional.ofNullable(MIGRATION_OWNERS.get(version))
                            .or(() -> PREFIX_OWNERS.entrySet().stream()
                                    .filter(e -> table.startsWith(e.getKey()))
                                    .map(Map.Entry::getValue)
                                    .findFirst())
                            .orElseThrow(() -> new AssertionError("Table '" + table + "' of " + file.getFileName()
                                    + " has no owning module: add its migration to MIGRATION_OWNERS"));
                    owners.put(table, owner);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    static Stream<Path> compiledClasses() {
        try {
            Path root = Path.of(PrepstackApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.walk(root.resolve("dev/prepstack"))
                    .filter(p -> p.toString().endsWith(".class"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first package below dev.prepstack: the Spring Modulith module; "(root)" for the application's own. */
    static String moduleOf(Path classFile) {
        String name = className(classFile);
        String rest = name.substring("dev.prepstack.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "(root)" : rest.substring(0, dot);
    }

    static String className(Path classFile) {
        String path = classFile.toString().replace('\\', '/');
        int start = path.lastIndexOf("dev/prepstack/");
        return path.substring(start, path.length() - ".class".length()).replace('/', '.');
    }

    /** The class file's string constants, read from its constant pool (JVMS 4.4). */
    static List<String> stringConstants(Path classFile) {
        try (var in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)))) {
            in.readInt(); // magic
            in.readInt(); // minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // longs and doubles take two entries
                    }
                    default -> throw new IllegalStateException(classFile + ": constant pool tag " + tag);
                }
            }
            return strings.stream().map(index -> utf8[index]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
