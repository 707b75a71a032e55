package dev.prepstack.hiring.web;

import dev.prepstack.shared.InvalidParameterException;

/** Friendly wording of validation errors for the hiring pages. */
final class PageMessages {

    private PageMessages() {}

    static String of(InvalidParameterException e) {
        String field = switch (e.parameter()) {
            case "name" -> "Name";
            case "note" -> "Note";
            case "title" -> "Title";
            case "role" -> "Role";
            case "level" -> "Level";
            case "minutesPerQuestion" -> "Minutes per question";
            case "attributes" -> "Focus attributes";
            case "items" -> "Questions";
            case "keyPoints" -> "Key points";
            case "followUps" -> "Follow-ups";
            case "referenceAnswer" -> "Reference answer";
            case "ratings" -> "Ratings";
            case "recommendation" -> "Recommendation";
            case "summary" -> "Summary";
            case "text" -> "Amendment";
            case "token" -> "Invite";
            case "member" -> "This member";
            case "candidateId" -> "Candidate";
            case "status" -> "This scorecard";
            case "answers" -> "Answers";
            case "discussion" -> "Discussion note";
            case "position" -> "Question";
            case "kitId" -> "Kit";
            default -> e.parameter();
        };
        return field + " "
                + e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip() + ".";
    }
}
