package dev.prepstack.editorial;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side diff of one field, line by line with the changed words marked. The line texts are
 * HTML-escaped by the diff library before the {@code <del>}/{@code <ins>} marks go in, so pages may
 * insert them unescaped.
 *
 * @param field the field's name as a person reads it
 * @param rows old and new line side by side; empty when the field did not change
 */
public record FieldDiff(String field, List<Row> rows) {

    /** One line: {@code change} is equal, insert, delete or change. */
    public record Row(String change, String oldHtml, String newHtml) {}

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    public boolean changed() {
        return rows.stream().anyMatch(r -> !r.change().equals("equal"));
    }

    static FieldDiff of(String field, List<String> before, List<String> after) {
        List<Row> rows = GENERATOR.generateDiffRows(before, after).stream()
                .map(r -> new Row(change(r.getTag()), r.getOldLine(), r.getNewLine()))
                .toList();
        return new FieldDiff(field, rows);
    }

    /** Every editable field, in the order the question page shows them. */
    static List<FieldDiff> between(QuestionFields before, QuestionFields after) {
        List<FieldDiff> diffs = new ArrayList<>(List.of(
                of("Title", List.of(before.title()), List.of(after.title())),
                of("Summary", List.of(before.summary()), List.of(after.summary())),
                of("Key points", before.keyPoints(), after.keyPoints()),
                of("Answer", lines(before.answerMarkdown()), lines(after.answerMarkdown()))));
        // Revisions stored before these fields were editable leave them out: nothing to compare.
        if (after.followUps() != null) {
            diffs.add(of("Follow-ups", nonEmptyLines(before.followUpsText()), lines(after.followUpsText())));
        }
        if (after.commonMistakes() != null) {
            diffs.add(of("Common mistakes", lines(before.mistakesText()), lines(after.mistakesText())));
        }
        if (after.sources() != null) {
            diffs.add(of("Sources", lines(before.sourcesText()), lines(after.sourcesText())));
        }
        if (after.tags() != null) {
            diffs.add(of("Tags", List.of(before.tagsText()), List.of(after.tagsText())));
        }
        if (after.level() != null) {
            diffs.add(of("Level", List.of(orEmpty(before.level())), List.of(after.level())));
        }
        return List.copyOf(diffs);
    }

    private static List<String> orEmpty(List<String> items) {
        return items == null ? List.of() : items;
    }

    private static List<String> nonEmptyLines(String text) {
        return text.isEmpty() ? List.of() : lines(text);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static String change(DiffRow.Tag tag) {
        return switch (tag) {
            case INSERT -> "insert";
            case DELETE -> "delete";
            case CHANGE -> "change";
            case EQUAL -> "equal";
        };
    }
}
