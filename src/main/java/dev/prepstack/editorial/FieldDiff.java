package dev.prepstack.editorial;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
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
        return List.of(
                of("Title", List.of(before.title()), List.of(after.title())),
                of("Summary", List.of(before.summary()), List.of(after.summary())),
                of("Key points", before.keyPoints(), after.keyPoints()),
                of("Answer", lines(before.answerMarkdown()), lines(after.answerMarkdown())));
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
