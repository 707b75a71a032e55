package dev.prepstack.account.web;

import dev.prepstack.account.Account;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The settings page's profile form. */
record ProfileForm(
        @NotBlank(message = "{account.displayName.required}") @Size(max = 80, message = "{account.displayName.size}")
        String displayName,

        @NotBlank(message = "{account.timeZone.invalid}") @Size(max = 60, message = "{account.timeZone.invalid}")
        String timeZone) {

    static ProfileForm of(Account account) {
        return new ProfileForm(account.displayName(), account.timeZone().getId());
    }
}
