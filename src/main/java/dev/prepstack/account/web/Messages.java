package dev.prepstack.account.web;

import dev.prepstack.shared.InvalidParameterException;

/** Friendly wording of validation errors for the pages. */
final class Messages {

    private Messages() {}

    /** The form field an error belongs to, so the page can show it beside that field. */
    static String field(InvalidParameterException e) {
        return e.parameter();
    }

    static String of(InvalidParameterException e) {
        String field = switch (e.parameter()) {
            case "email" -> "Email";
            case "displayName" -> "Display name";
            case "password", "newPassword" -> "Password";
            case "currentPassword" -> "Current password";
            case "confirmPassword" -> "Your password";
            case "timeZone" -> "Time zone";
            case "name" -> "Token name";
            case "expiresInDays" -> "Expiry";
            case "roles" -> "Roles";
            case "token" -> "Link";
            default -> e.parameter();
        };
        String message =
                e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip();
        return field + " " + message + ".";
    }
}
