package dev.prepstack.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password reset page's form: the new password (the link's token is in the path). */
record ResetForm(
        @NotNull(message = "{account.password.size}") @Size(min = 8, max = 128, message = "{account.password.size}")
        String password) {

    static ResetForm empty() {
        return new ResetForm("");
    }
}
