package dev.prepstack.account.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The settings page's password form. The box is text, not a boolean, so that no value can fail to
 * bind: an unchecked box sends nothing (false); the page checks it by default.
 */
record PasswordForm(
        @NotEmpty(message = "{account.currentPassword.required}")
        String currentPassword,

        @NotNull(message = "{account.password.size}") @Size(min = 8, max = 128, message = "{account.password.size}")
        String newPassword,

        String signOutOthers) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "on");
    }

    boolean endsOtherSessions() {
        return "on".equals(signOutOthers) || "true".equals(signOutOthers);
    }
}
