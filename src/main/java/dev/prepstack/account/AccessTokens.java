package dev.prepstack.account;

import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.OpaqueTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for the API: opaque, shown once, stored as SHA-256, revocable. */
@Service
@Transactional
public class AccessTokens {

    static final String PREFIX = "psk_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    public record Issued(long id, String name, String token, Instant expiresAt) {}

    public record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    /** Everything {@link #create} would refuse about a token's name and lifetime, in the form's order. */
    public List<InvalidParameterException> problems(String name, Integer expiresInDays) {
        var problems = new ArrayList<InvalidParameterException>();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80) {
            problems.add(new InvalidParameterException("name", "must be 1 to 80 characters"));
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            problems.add(new InvalidParameterException("expiresInDays", "must be between 1 and " + MAX_DAYS));
        }
        return problems;
    }

    public Issued create(long accountId, String name, Integer expiresInDays, String ip) {
        var problems = problems(name, expiresInDays);
        if (!problems.isEmpty()) {
            // The API names the first problem; the settings page shows them all (see problems).
            throw problems.getFirst();
        }
        String label = name.strip();
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        String token = OpaqueTokens.newToken(PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime expires = now.plusDays(days);
        jdbc.sql(
                        "INSERT INTO access_token (account_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(accountId, label, OpaqueTokens.hash(token), now, expires)
                .update();
        long id = jdbc.sql("SELECT id FROM access_token WHERE token_hash = ?")
                .param(OpaqueTokens.hash(token))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.TOKEN_CREATED, accountId, accountId, ip, "token " + id);
        return new Issued(id, label, token, expires.toInstant());
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> list(long accountId) {
        return jdbc.sql("SELECT id, name, created_at, expires_at, last_used_at FROM access_token"
                        + " WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY id")
                .params(accountId, OffsetDateTime.now(clock))
                .query((rs, i) -> new TokenInfo(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(5, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .list();
    }

    /** Revokes one of the account's own tokens; someone else's token is "not found". */
    public void revoke(long accountId, long tokenId, String ip) {
        int n = jdbc.sql(
                        "UPDATE access_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(clock), tokenId, accountId)
                .update();
        if (n == 0) {
            throw new NotFoundException("No token " + tokenId);
        }
        audit.record(AuditEvent.TOKEN_REVOKED, accountId, accountId, ip, "token " + tokenId);
    }

    /** The account a live token belongs to; records when it was last used (at most once a minute). */
    public Optional<AccountUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var row = jdbc.sql("SELECT id, account_id, last_used_at FROM access_token WHERE token_hash = ?"
                        + " AND revoked_at IS NULL AND expires_at > ?")
                .params(OpaqueTokens.hash(token), now)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)})
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime lastUsed = (OffsetDateTime) row.get()[2];
        if (lastUsed == null || Duration.between(lastUsed, now).toMinutes() >= 1) {
            jdbc.sql("UPDATE access_token SET last_used_at = ? WHERE id = ?")
                    .params(now, row.get()[0])
                    .update();
        }
        return accounts.user((long) row.get()[1]);
    }

    /** Expired and revoked tokens older than a month carry no value: drop them. */
    public int purgeExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minusDays(30);
        return jdbc.sql("DELETE FROM access_token WHERE expires_at < ? OR revoked_at < ?")
                .params(cutoff, cutoff)
                .update();
    }
}
