package dev.prepstack.myquestions.web;

import dev.prepstack.myquestions.OwnQuestionExports;
import dev.prepstack.shared.InvalidParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The export downloads, the same for the API and the pages. */
final class OwnQuestionFiles {

    private OwnQuestionFiles() {}

    static ResponseEntity<byte[]> download(OwnQuestionExports exports, long accountId, String format) {
        return switch (format) {
            case "csv" -> file(exports.csv(accountId), "my-questions.csv", "text/csv;charset=UTF-8");
            case "markdown" -> file(exports.markdownZip(accountId), "my-questions.zip", "application/zip");
            case "anki" -> file(exports.anki(accountId), "my-questions.apkg", "application/octet-stream");
            default -> throw new InvalidParameterException("format", "must be csv, markdown or anki");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
