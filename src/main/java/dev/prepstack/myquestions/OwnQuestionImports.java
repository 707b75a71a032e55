package dev.prepstack.myquestions;

import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of own questions: CSV, the bank's Markdown format (one file or a zip) and Anki packages.
 * A preview says what will be created and what is skipped and why before anything is written; a file
 * with any problem is refused whole, each problem naming its row or entry; a question whose title the
 * person already has is skipped, so importing a file twice creates nothing the second time.
 */
@Service
public class OwnQuestionImports {

    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** Imports (previews included) a person may run per hour: each reads up to 5 MB. */
    public static final int PER_HOUR = 60;

    private final OwnQuestions questions;
    private final OwnQuestionStore store;
    private final StagedImportStore staged;
    private final RateLimiter limiter;
    private final Clock clock;

    OwnQuestionImports(
            OwnQuestions questions,
            OwnQuestionStore store,
            StagedImportStore staged,
            RateLimiter limiter,
            Clock clock) {
        this.questions = questions;
        this.store = store;
        this.staged = staged;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** What importing the file would do; nothing is written. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long accountId, String fileName, byte[] bytes) {
        return plan(accountId, read(accountId, fileName, bytes)).preview(fileName);
    }

    /** Imports the file: all of its new questions, or (on any problem) none. */
    @Transactional
    public ImportPreview importFile(long accountId, String fileName, byte[] bytes) {
        Plan plan = plan(accountId, read(accountId, fileName, bytes));
        return plan.preview(fileName).withCreated(write(accountId, plan.format(), plan.create()));
    }

    /** A preview whose questions are kept until the person confirms it (the pages' two steps). */
    public record Staged(long id, ImportPreview preview) {}

    @Transactional
    public Staged stage(long accountId, String fileName, byte[] bytes) {
        Plan plan = plan(accountId, read(accountId, fileName, bytes));
        ImportPreview preview = plan.preview(fileName);
        long id = staged.replace(accountId, shortName(fileName), plan.format(), plan.create(), clock.instant());
        return new Staged(id, preview);
    }

    /** Writes a staged import; what was created meanwhile (another import, the form) is skipped now. */
    @Transactional
    public ImportPreview confirm(long accountId, long stagedId) {
        StagedImportStore.Row row = staged.take(accountId, stagedId)
                .orElseThrow(() -> new NotFoundException("No import " + stagedId + " waiting to be confirmed"));
        Plan plan = plan(accountId, new ParsedFile(row.format(), row.entries(), List.of(), List.of()));
        return plan.preview(row.fileName()).withCreated(write(accountId, plan.format(), plan.create()));
    }

    private int write(long accountId, String format, List<ImportedEntry> create) {
        for (ImportedEntry e : create) {
            store.insert(
                    accountId, e.draft(), OwnQuestions.fingerprint(e.draft().title()), format, clock.instant());
        }
        return create.size();
    }

    private ParsedFile read(long accountId, String fileName, byte[] bytes) {
        ParsedFile file = read(
                fileName,
                bytes,
                () -> limiter.check("own-question-import", String.valueOf(accountId), PER_HOUR, Duration.ofHours(1)));
        return file;
    }

    static ParsedFile read(String fileName, byte[] bytes, Runnable beforeReading) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidParameterException("file", "choose a file to import (.csv, .md, .zip or .apkg)");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InvalidParameterException("file", "must be at most 5 MB");
        }
        beforeReading.run();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvQuestions.read(bytes);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MarkdownQuestions.readFile(shortName(fileName), bytes);
        }
        if (name.endsWith(".zip")) {
            return MarkdownQuestions.readZip(bytes);
        }
        if (name.endsWith(".apkg")) {
            return AnkiQuestions.read(bytes);
        }
        throw new InvalidParameterException("file", "must be a .csv, .md, .zip (of .md files) or .apkg file");
    }

    private record Plan(
            String format, List<ImportedEntry> create, List<ImportPreview.Entry> skipped, List<String> notes) {
        ImportPreview preview(String fileName) {
            return new ImportPreview(
                    shortName(fileName),
                    format,
                    create.stream()
                            .map(e -> new ImportPreview.Entry(
                                    e.origin(), e.draft().title(), e.note()))
                            .toList(),
                    skipped,
                    notes,
                    0);
        }
    }

    private Plan plan(long accountId, ParsedFile file) {
        List<String> problems = new ArrayList<>(file.problems());
        List<ImportedEntry> create = new ArrayList<>();
        List<ImportPreview.Entry> skipped = new ArrayList<>();
        Set<String> existing = store.fingerprints(accountId);
        Map<String, String> inFile = new HashMap<>();
        for (ImportedEntry entry : file.entries()) {
            OwnQuestionDraft draft;
            try {
                draft = questions.checked(entry.draft());
            } catch (InvalidParameterException e) {
                problems.add(entry.origin() + ": " + e.getMessage());
                continue;
            }
            String fingerprint = OwnQuestions.fingerprint(draft.title());
            if (existing.contains(fingerprint)) {
                skipped.add(new ImportPreview.Entry(
                        entry.origin(), draft.title(), "you already have a question with this title"));
            } else if (inFile.containsKey(fingerprint)) {
                skipped.add(new ImportPreview.Entry(
                        entry.origin(), draft.title(), "same title as " + inFile.get(fingerprint) + " of this file"));
            } else {
                inFile.put(fingerprint, entry.origin());
                create.add(new ImportedEntry(entry.origin(), draft, entry.note()));
            }
        }
        if (file.entries().isEmpty() && problems.isEmpty()) {
            problems.add("the file holds no questions");
        }
        int room = OwnQuestions.MAX_PER_ACCOUNT - existing.size();
        if (create.size() > room) {
            problems.add("it would create " + create.size() + " questions and you have room for " + Math.max(0, room)
                    + " (at most " + OwnQuestions.MAX_PER_ACCOUNT + " own questions)");
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new Plan(file.format(), create, skipped, file.notes());
    }

    static String shortName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
