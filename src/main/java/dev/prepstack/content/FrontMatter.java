package dev.prepstack.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Typed reads from a parsed YAML map that record a problem instead of throwing, so one file can
 * report all of its mistakes at once.
 */
final class FrontMatter {

    private final String file;
    private final Map<?, ?> values;
    private final List<ContentProblem> problems;

    FrontMatter(String file, Map<?, ?> values, List<ContentProblem> problems) {
        this.file = file;
        this.values = values;
        this.problems = problems;
    }

    /** Safe YAML: no arbitrary types, few aliases, bounded size. */
    static Yaml yaml() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(ContentFiles.MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String string(String key, boolean required, int min, int max) {
        Object v = values.get(key);
        if (v == null) {
            if (required) {
                problem(key, "is required");
            }
            return null;
        }
        if (!(v instanceof String) && !(v instanceof Number) && !(v instanceof Boolean)) {
            problem(key, "must be text");
            return null;
        }
        String s = v.toString().strip();
        if (s.length() < min || s.length() > max) {
            problem(key, "must be %d-%d characters (has %d)".formatted(min, max, s.length()));
        }
        return s;
    }

    List<String> strings(String key, int minItems, int maxItems, int maxLength) {
        Object v = values.get(key);
        if (v == null) {
            if (minItems > 0) {
                problem(key, "is required (%d-%d items)".formatted(minItems, maxItems));
            }
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            problem(key, "must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List) {
                problem(key, "items must be text");
                continue;
            }
            String s = item.toString().strip();
            if (s.isEmpty() || s.length() > maxLength) {
                problem(key, "items must be 1-%d characters".formatted(maxLength));
            }
            out.add(s);
        }
        if (out.size() < minItems || out.size() > maxItems) {
            problem(key, "must have %d-%d items (has %d)".formatted(minItems, maxItems, out.size()));
        }
        return List.copyOf(out);
    }

    LocalDate date(String key) {
        Object v = values.get(key);
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof String s) {
            try {
                return LocalDate.parse(s.strip());
            } catch (RuntimeException e) {
                problem(key, "must be an ISO date (yyyy-mm-dd)");
                return null;
            }
        }
        problem(key, v == null ? "is required" : "must be an ISO date (yyyy-mm-dd)");
        return null;
    }

    void problem(String field, String message) {
        problems.add(ContentProblem.error(file, field, message));
    }
}
