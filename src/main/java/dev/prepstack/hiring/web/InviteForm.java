package dev.prepstack.hiring.web;

import jakarta.validation.constraints.Size;

/** The organisation page's invite form: an optional note on whom the link is for. */
record InviteForm(
        @Size(max = 120, message = "{hiring.note.size}") String note) {

    static InviteForm empty() {
        return new InviteForm("");
    }
}
