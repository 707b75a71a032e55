package dev.prepstack.hiring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The hiring home's one-field forms: a new organisation's name, a new candidate's name. */
record NameForm(
        @NotBlank(message = "{hiring.name.required}") @Size(max = 120, message = "{hiring.name.size}")
        String name) {

    static NameForm empty() {
        return new NameForm("");
    }
}
