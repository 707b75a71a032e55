package dev.prepstack.myquestions;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheets write it (RFC 4180: quoted fields, line breaks inside quotes, CRLF, a UTF-8 byte
 * order mark, comma or semicolon as the delimiter). The first row names the columns: {@code title}
 * and {@code answer} are required, {@code key_points}, {@code follow_ups} (both separated by
 * {@value #LIST_SEPARATOR} or line breaks inside the cell), {@code tags} (separated by commas) and
 * {@code level} optional.
 */
final class CsvQuestions {

    static final String LIST_SEPARATOR = "|";
    static final List<String> COLUMNS = List.of("title", "answer", "key_points", "follow_ups", "tags", "level");

    private CsvQuestions() {}

    static ParsedFile read(byte[] bytes) {
        List<String> problems = new ArrayList<>();
        List<ImportedEntry> entries = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new ParsedFile(
                    "csv", List.of(), List.of(), List.of("the file is not UTF-8 text; save it as \"CSV UTF-8\""));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = headerOf(parser, problems);
            if (!problems.isEmpty()) {
                return new ParsedFile("csv", List.of(), List.of(), problems);
            }
            for (CSVRecord record : parser) {
                // Spreadsheet rows: the header is row 1.
                String origin = "row " + (record.getRecordNumber() + 1);
                if (record.size() != parser.getHeaderNames().size()) {
                    problems.add(origin + ": has " + record.size() + " fields, the header has "
                            + parser.getHeaderNames().size() + " (a quote left open or a stray delimiter?)");
                    continue;
                }
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue;
                }
                String answer = get(record, header, "answer");
                List<String> keyPoints = split(get(record, header, "key_points"));
                String note = null;
                if (keyPoints.isEmpty()) {
                    keyPoints = DerivedKeyPoints.from(answer);
                    note = "key points taken from the answer";
                }
                entries.add(new ImportedEntry(
                        origin,
                        new OwnQuestionDraft(
                                get(record, header, "title"),
                                answer,
                                keyPoints,
                                split(get(record, header, "follow_ups")),
                                OwnQuestionDraft.commaSeparated(get(record, header, "tags")),
                                get(record, header, "level")),
                        note));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV's answer to a quote that is never closed, or text after a closing quote.
            problems.add("the CSV is malformed near " + where(e) + ": " + firstLine(e.getMessage()));
        }
        return new ParsedFile("csv", entries, List.of(), problems);
    }

    private static Map<String, Integer> headerOf(CSVParser parser, List<String> problems) {
        Map<String, Integer> header = new java.util.HashMap<>();
        List<String> names = parser.getHeaderNames();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_')
                    .replace('-', '_');
            if (name.equals("keypoints")) {
                name = "key_points";
            }
            if (name.equals("followups")) {
                name = "follow_ups";
            }
            header.putIfAbsent(name, i);
        }
        for (String required : List.of("title", "answer")) {
            if (!header.containsKey(required)) {
                problems.add("row 1: the header must name the columns " + String.join(", ", COLUMNS)
                        + " (title and answer required); '" + required + "' is missing");
                break;
            }
        }
        return header;
    }

    private static String get(CSVRecord record, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= record.size() ? null : record.get(i);
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\s*(\\|\\s*|\\R)\\s*"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String where(RuntimeException e) {
        var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? "line " + m.group(1) : "the end of the file";
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
