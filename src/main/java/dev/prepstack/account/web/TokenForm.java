package dev.prepstack.account.web;

import jakarta.validation.constraints.NotEmpty;

/**
 * The settings page's form for a new API token. The lifetime is text, not a number, so that no value
 * can fail to bind; the name and lifetime are checked by the tokens themselves, as for the API.
 */
record TokenForm(
        String name,

        String expiresInDays,

        @NotEmpty(message = "{account.confirmPassword.required}")
        String password) {

    static TokenForm empty() {
        return new TokenForm("", "90", "");
    }

    /** The lifetime in days, or null when it is not a whole number. */
    Integer days() {
        if (expiresInDays == null || expiresInDays.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(expiresInDays.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
