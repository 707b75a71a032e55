package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hiring's SQL names only hiring's tables: people, questions and the rest are read through their
 * modules' APIs (foreign keys in the migrations stay). SQL keywords are upper case here, prose is not.
 */
class HiringTablesTest {

    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void hiringSqlNamesOnlyHiringTables() throws IOException {
        List<String> foreign = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/prepstack/hiring"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    statements++;
                    if (!m.group(1).startsWith("hiring_")) {
                        foreign.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(statements).as("the scan finds hiring's SQL at all").isGreaterThan(50);
        assertThat(foreign).isEmpty();
    }
}
