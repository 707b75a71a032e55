package dev.prepstack.account;

/** Security events kept in the audit table and the log, never with secrets. */
public enum AuditEvent {
    SIGN_UP,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_LINK_ISSUED,
    PASSWORD_RESET_COMPLETED,
    SESSIONS_ENDED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ROLES_CHANGED,
    ACCOUNT_DELETED,
    CONTENT_RELOADED
}
