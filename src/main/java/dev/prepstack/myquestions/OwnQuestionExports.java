package dev.prepstack.myquestions;

import dev.prepstack.content.OwnQuestionFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own questions as files that import again: CSV, a zip of bank-format Markdown files, Anki. */
@Service
public class OwnQuestionExports {

    private final OwnQuestionStore store;
    private final Clock clock;

    OwnQuestionExports(OwnQuestionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An Anki package: one note per question (front, back, key points, follow-ups, level), tags kept. */
    @Transactional(readOnly = true)
    public byte[] anki(long accountId) {
        return AnkiPackage.write(store.all(accountId), clock.instant());
    }

    /** CSV with a byte order mark, so spreadsheets read it as UTF-8; the columns the import reads. */
    @Transactional(readOnly = true)
    public byte[] csv(long accountId) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            csv.printRecord(CsvQuestions.COLUMNS);
            for (OwnQuestion q : store.all(accountId)) {
                csv.printRecord(
                        q.title(),
                        q.answer(),
                        String.join(" " + CsvQuestions.LIST_SEPARATOR + " ", q.keyPoints()),
                        String.join(" " + CsvQuestions.LIST_SEPARATOR + " ", q.followUps()),
                        String.join(", ", q.tags()),
                        q.level() == null ? "" : q.level());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One bank-format file per question, named after its title. */
    @Transactional(readOnly = true)
    public byte[] markdownZip(long accountId) {
        var out = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        try (var zip = new ZipOutputStream(out)) {
            for (OwnQuestion q : store.all(accountId)) {
                String slug = slug(q, names);
                zip.putNextEntry(new ZipEntry("my-questions/" + slug + ".md"));
                zip.write(OwnQuestionFiles.write(
                                slug,
                                new OwnQuestionFiles.OwnQuestionFile(
                                        q.title(), q.answer(), q.keyPoints(), q.followUps(), q.tags(), q.level()))
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String slug(OwnQuestion q, Set<String> taken) {
        String base =
                q.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "question-" + q.id();
        }
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    List<OwnQuestion> all(long accountId) {
        return store.all(accountId);
    }
}
