package dev.prepstack.myquestions;

import dev.prepstack.content.OwnQuestionFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Question files in the bank's own format (front matter, then the answer), one file or a zip of them.
 * Read through the content module's parser, so an exported file reads back in as it was.
 */
final class MarkdownQuestions {

    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final long MAX_ZIP_BYTES = 20L * 1024 * 1024;

    private MarkdownQuestions() {}

    static ParsedFile readFile(String name, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        List<ImportedEntry> entries = new ArrayList<>();
        add(name, new String(bytes, StandardCharsets.UTF_8), entries, problems);
        return new ParsedFile("markdown", entries, List.of(), problems);
    }

    static ParsedFile readZip(byte[] bytes) {
        List<String> problems = new ArrayList<>();
        List<ImportedEntry> entries = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try {
            SafeZip.each(bytes, MAX_FILE_BYTES, MAX_ZIP_BYTES, (name, content) -> {
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (!name.endsWith(".md") || base.startsWith(".") || name.startsWith("__MACOSX/")) {
                    ignored.add(name);
                    content.transferTo(java.io.OutputStream.nullOutputStream());
                    return;
                }
                add(name, new String(content.readAllBytes(), StandardCharsets.UTF_8), entries, problems);
            });
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
        List<String> notes = ignored.isEmpty()
                ? List.of()
                : List.of(ignored.size() + " entries that are not .md files were ignored (e.g. '" + ignored.getFirst()
                        + "')");
        return new ParsedFile("markdown", entries, notes, problems);
    }

    private static void add(String name, String text, List<ImportedEntry> entries, List<String> problems) {
        String bomless = text.startsWith("\uFEFF") ? text.substring(1) : text;
        OwnQuestionFiles.Read read = OwnQuestionFiles.readOwn(name, bomless);
        if (read.question() == null) {
            read.problems().forEach(p -> problems.add("entry '" + name + "': " + p));
            return;
        }
        var q = read.question();
        List<String> keyPoints = q.keyPoints();
        String note = null;
        if (keyPoints.isEmpty()) {
            keyPoints = DerivedKeyPoints.from(q.answerMarkdown());
            note = "key points taken from the answer";
        }
        entries.add(new ImportedEntry(
                name,
                new OwnQuestionDraft(q.title(), q.answerMarkdown(), keyPoints, q.followUps(), q.tags(), q.level()),
                note));
    }
}
