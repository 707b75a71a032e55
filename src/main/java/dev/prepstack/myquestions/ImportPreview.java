package dev.prepstack.myquestions;

import java.util.List;

/**
 * What an import creates and what it skips, and why; shown before anything is written, and returned
 * again by the import itself ({@code created} is 0 in a preview).
 *
 * @param format csv, markdown or anki
 * @param notes about the whole file, e.g. media that was ignored
 */
public record ImportPreview(
        String fileName, String format, List<Entry> create, List<Entry> skipped, List<String> notes, int created) {

    /**
     * One question of the file.
     *
     * @param origin where it is in the file: "row 3", "questions/cap.md", "note 2"
     * @param reason why it is skipped, or a note on how it was read; null when there is none
     */
    public record Entry(String origin, String title, String reason) {}

    ImportPreview withCreated(int count) {
        return new ImportPreview(fileName, format, create, skipped, notes, count);
    }
}
