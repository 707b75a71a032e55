package dev.prepstack.myquestions.web;

import dev.prepstack.shared.InvalidParameterException;

/** Friendly wording of errors on the "My questions" pages. */
final class PageText {

    private PageText() {}

    static String message(RuntimeException e) {
        if (e instanceof InvalidParameterException p) {
            String field = switch (p.parameter()) {
                case "title" -> "Title";
                case "answer" -> "Answer";
                case "keyPoints" -> "Key points";
                case "followUps" -> "Follow-ups";
                case "tags" -> "Tags";
                case "level" -> "Level";
                case "file" -> "File";
                case "rating" -> "Rating";
                default -> p.parameter();
            };
            return field + " "
                    + p.getMessage().substring(p.getMessage().indexOf(':') + 1).strip() + ".";
        }
        return "Too many requests for now; please wait a minute and try again.";
    }

    /** The form as typed: key points and follow-ups one per line, tags separated by commas. */
}
