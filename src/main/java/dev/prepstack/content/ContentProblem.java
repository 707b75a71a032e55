package dev.prepstack.content;

/**
 * Something wrong in a content file. Errors keep the file out of the sync (its last good version
 * stays live); warnings are repaired on the fly (a broken link is dropped) and only logged.
 */
public record ContentProblem(String file, String field, String message, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    static ContentProblem error(String file, String field, String message) {
        return new ContentProblem(file, field, message, Severity.ERROR);
    }

    static ContentProblem warning(String file, String field, String message) {
        return new ContentProblem(file, field, message, Severity.WARNING);
    }

    @Override
    public String toString() {
        return "%s [%s] %s: %s".formatted(file, severity, field, message);
    }
}
