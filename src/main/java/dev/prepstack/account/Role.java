package dev.prepstack.account;

/** What an account may do beyond its own practice: everyone is a candidate. */
public enum Role {
    CANDIDATE,
    INTERVIEWER,
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
