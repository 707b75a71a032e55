package dev.prepstack.myquestions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Anki package ({@code .apkg}): a zip holding the collection, an SQLite database, and media. Each
 * note becomes a question: its first field the title, its second the answer, its tags the tags, and
 * the fields named Key points, Follow-ups and Level where its note type has them (as our own export,
 * {@link AnkiPackage}, writes them). Field HTML is reduced to text (and what is left is escaped again
 * when shown); media is ignored with a note.
 */
final class AnkiQuestions {

    static final long MAX_COLLECTION_BYTES = 50L * 1024 * 1024;
    private static final String FIELD_SEPARATOR = "\u001f";
    private static final Pattern MEDIA = Pattern.compile("(?i)<img\\b[^>]*>|\\[sound:[^\\]]*]");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(div|p|li|h[1-6])>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnkiQuestions() {}

    static ParsedFile read(byte[] bytes) {
        List<String> problems = new ArrayList<>();
        List<ImportedEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path collection = null;
        try {
            collection = Files.createTempFile("prepstack-anki-", ".sqlite");
            Path target = collection;
            boolean[] found = {false, false};
            int[] media = {0};
            SafeZip.each(bytes, MAX_COLLECTION_BYTES, MAX_COLLECTION_BYTES, (name, content) -> {
                if ((name.equals("collection.anki21") || (name.equals("collection.anki2") && !found[0]))) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        content.transferTo(out);
                    }
                    found[0] |= name.equals("collection.anki21");
                    found[1] = true;
                } else {
                    if (name.matches("\\d+")) {
                        media[0]++;
                    }
                    content.transferTo(OutputStream.nullOutputStream());
                }
            });
            if (!found[1]) {
                problems.add("the package has no collection.anki2 or collection.anki21 (Anki 23.10 and later:"
                        + " export with \"Support older Anki versions\" ticked)");
                return new ParsedFile("anki", entries, notes, problems);
            }
            int mediaInFields = readNotes(collection, entries, problems);
            if (media[0] > 0 || mediaInFields > 0) {
                notes.add("media was ignored: " + media[0] + " media files, " + mediaInFields
                        + " images or sounds in fields; questions keep their text only");
            }
        } catch (IOException e) {
            problems.add(e.getMessage() == null ? "the package cannot be read" : e.getMessage());
        } finally {
            if (collection != null) {
                try {
                    Files.deleteIfExists(collection);
                } catch (IOException ignored) {
                    // A temporary file; the system's temporary folder cleaning takes it.
                }
            }
        }
        return new ParsedFile("anki", entries, notes, problems);
    }

    private static int readNotes(Path collection, List<ImportedEntry> entries, List<String> problems) {
        var properties = new Properties();
        properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        int media = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + collection, properties)) {
            Map<Long, List<String>> fieldNames = fieldNames(c);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id, flds, tags, mid FROM notes ORDER BY id")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    String origin = "note " + n;
                    String[] fields = String.valueOf(rs.getString(2)).split(FIELD_SEPARATOR, -1);
                    if (fields.length < 2) {
                        problems.add(origin + ": has one field; a question needs a front and a back");
                        continue;
                    }
                    media +=
                            (int) MEDIA.matcher(fields[0] + fields[1]).results().count();
                    entries.add(
                            entry(origin, fields, fieldNames.getOrDefault(rs.getLong(4), List.of()), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            problems.add("the package is not a valid Anki collection (" + firstLine(e.getMessage()) + ")");
        }
        return media;
    }

    /**
     * A note as a question. Front and back are its first two fields; a note type with fields named
     * "Key points", "Follow-ups" or "Level" (ours, as {@link AnkiPackage} writes it) gives those too.
     */
    private static ImportedEntry entry(String origin, String[] fields, List<String> names, String tagText) {
        String title = text(fields[0]).replaceAll("\\s+", " ").strip();
        String answer = text(fields[1]);
        List<String> tags = List.of(String.valueOf(tagText).strip().split("\\s+")).stream()
                .filter(t -> !t.isBlank())
                .map(t -> t.replace("::", "-").replace('_', ' '))
                .toList();
        List<String> keyPoints = lines(named(fields, names, "key points"));
        List<String> followUps = lines(named(fields, names, "follow-ups"));
        String level = text(named(fields, names, "level")).toLowerCase(Locale.ROOT);
        boolean derived = keyPoints.isEmpty();
        return new ImportedEntry(
                origin,
                new OwnQuestionDraft(
                        title,
                        answer,
                        derived ? DerivedKeyPoints.from(answer) : keyPoints,
                        followUps,
                        tags,
                        LEVELS.contains(level) ? level : null),
                derived ? "key points taken from the back of the card" : null);
    }

    private static final Set<String> LEVELS = Set.of("fresher", "intermediate", "experienced");

    private static String named(String[] fields, List<String> names, String name) {
        for (int i = 2; i < Math.min(fields.length, names.size()); i++) {
            if (names.get(i).strip().equalsIgnoreCase(name)) {
                return fields[i];
            }
        }
        return "";
    }

    private static List<String> lines(String html) {
        return text(html).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Field names per note type, from the collection's models; none when it has no readable ones. */
    private static Map<Long, List<String>> fieldNames(Connection c) {
        Map<Long, List<String>> names = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT models FROM col")) {
            if (rs.next()) {
                JsonNode models = JSON.readTree(rs.getString(1));
                for (JsonNode model : models) {
                    List<String> fields = new ArrayList<>();
                    model.path("flds").forEach(f -> fields.add(f.path("name").asString("")));
                    names.put(model.path("id").asLong(), fields);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // A collection without a readable note type list still has its notes' first two fields.
        }
        return names;
    }

    /** Field HTML as plain text: line breaks kept, tags and media dropped, entities decoded. */
    static String text(String html) {
        String s = MEDIA.matcher(html).replaceAll("");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
