package dev.prepstack.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The sign-up form; {@code Accounts} checks the deeper rules (look-alikes, common passwords). */
record SignUpForm(
        @NotBlank(message = "{account.email.required}")
        @Size(max = 254, message = "{account.email.invalid}")
        @Email(message = "{account.email.invalid}")
        String email,

        @NotBlank(message = "{account.displayName.required}") @Size(max = 80, message = "{account.displayName.size}")
        String displayName,

        @NotNull(message = "{account.password.size}") @Size(min = 8, max = 128, message = "{account.password.size}")
        String password) {

    static SignUpForm empty() {
        return new SignUpForm("", "", "");
    }

    /** What the page shows again after an error: never the password, nor a value too long to be one. */
    SignUpForm shownAgain() {
        return new SignUpForm(
                email == null || email.length() > 254 ? "" : email,
                displayName == null || displayName.length() > 80 ? "" : displayName,
                "");
    }
}
