package dev.prepstack.account;

import dev.prepstack.shared.InvalidParameterException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds, links or creates the account behind an OpenID Connect sign-in ({@link OidcAccounts} asks). */
@Component
@Transactional
class OidcAccountLinks {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    OidcAccountLinks(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account of a person signing in with OpenID Connect: found by the provider's subject, else by
     * a verified email (then linked), else created as a candidate without a password.
     */
    long fromOidc(String subject, String email, boolean emailVerified, String name, String ip) {
        Optional<Long> bySubject = jdbc.sql("SELECT id FROM account WHERE oidc_subject = ?")
                .param(subject)
                .query(Long.class)
                .optional();
        if (bySubject.isPresent()) {
            return bySubject.get();
        }
        String normalised = AccountInput.normaliseEmail(email);
        Optional<Long> byEmail = accounts.idOf(normalised);
        if (byEmail.isPresent()) {
            if (!emailVerified) {
                throw new InvalidParameterException("email", "is not verified by the identity provider");
            }
            jdbc.sql("UPDATE account SET oidc_subject = ? WHERE id = ?")
                    .params(subject, byEmail.get())
                    .update();
            return byEmail.get();
        }
        String display =
                name == null || name.isBlank() ? normalised.substring(0, normalised.indexOf('@')) : name.strip();
        jdbc.sql(
                        "INSERT INTO account (email, display_name, time_zone, oidc_subject, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        normalised,
                        AccountInput.displayName(display.length() > 80 ? display.substring(0, 80) : display),
                        Accounts.DEFAULT_ZONE.getId(),
                        subject,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        long id = accounts.idOf(normalised).orElseThrow();
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)")
                .params(id, Role.CANDIDATE.name())
                .update();
        audit.record(AuditEvent.SIGN_UP, id, id, ip, "openid connect");
        return id;
    }
}
