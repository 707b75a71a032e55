package dev.prepstack.practice;

import java.util.Objects;

/**
 * Whose practice a page works on: an account's (in the database) or a guest's (in their HTTP
 * session, kept by the web layer, which is told through {@code changed} when the guest's practice
 * changed and has to be stored again).
 */
public sealed interface Practitioner {

    static Practitioner account(long accountId) {
        return new Member(accountId);
    }

    static Practitioner guest(GuestPractice practice, Runnable changed) {
        return new Guest(practice, changed);
    }

    /** A signed-in person. */
    record Member(long accountId) implements Practitioner {}

    /** A visitor without an account; {@code changed} null: one who only looks, whose practice is never stored. */
    record Guest(GuestPractice practice, Runnable changed) implements Practitioner {

        public Guest {
            Objects.requireNonNull(practice);
        }

        void stored() {
            Objects.requireNonNull(changed, "a guest's practice needs a session")
                    .run();
        }
    }
}
