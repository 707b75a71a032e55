package dev.prepstack.account;

import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-up, settings, roles, deletion and the personal-data export. */
@Service
@Transactional
public class Accounts {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final ObjectProvider<PersonalData> personalData;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AuditLog audit,
            ObjectProvider<PersonalData> personalData,
            RateLimiter limiter,
            RateLimitProperties limits,
            Clock clock,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.limiter = limiter;
        this.limits = limits;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.personalData = personalData;
    }

    public record Registration(String email, String displayName, String password) {}

    public Account register(Registration r, String ip) {
        String email = AccountInput.normaliseEmail(r.email());
        String name = AccountInput.displayName(r.displayName());
        policy.check("password", r.password(), email);
        try {
            jdbc.sql(
                            "INSERT INTO account (email, display_name, password_hash, time_zone, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(email, name, encoder.encode(r.password()), DEFAULT_ZONE.getId(), now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidParameterException("email", "is already registered; sign in or reset your password");
        }
        long id = idOf(email).orElseThrow();
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)")
                .params(id, Role.CANDIDATE.name())
                .update();
        audit.record(AuditEvent.SIGN_UP, id, id, ip, null);
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    boolean hasAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates the first administrator from configuration when no administrator exists yet. */
    void ensureAdmin(String email, String password) {
        long admins = jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'")
                .query(Long.class)
                .single();
        if (admins > 0) {
            return;
        }
        String normalised = AccountInput.normaliseEmail(email);
        Long id = idOf(normalised).orElse(null);
        if (id == null) {
            id = register(new Registration(normalised, "Administrator", password), "config")
                    .id();
        }
        for (Role role : List.of(Role.ADMIN, Role.EDITOR, Role.INTERVIEWER)) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        audit.record(AuditEvent.ROLES_CHANGED, id, null, "config", "first administrator from configuration");
        events.publishEvent(new AccountChanged(id));
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return jdbc.sql("SELECT id, email, display_name, time_zone, created_at FROM account WHERE id = ?")
                .param(id)
                .query((rs, i) -> account(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query(Long.class)
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<AccountUser> user(String email) {
        return jdbc.sql("SELECT id, email, display_name, password_hash, session_epoch FROM account WHERE email = ?")
                .param(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .query((rs, i) -> new AccountUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        roles(rs.getLong(1)),
                        rs.getString(4),
                        rs.getInt(5)))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<AccountUser> user(long id) {
        return jdbc.sql("SELECT id, email, display_name, session_epoch FROM account WHERE id = ?")
                .param(id)
                .query((rs, i) -> new AccountUser(
                        rs.getLong(1), rs.getString(2), rs.getString(3), roles(rs.getLong(1)), null, rs.getInt(4)))
                .optional();
    }

    /**
     * Ends every page session of the account (they carry the old epoch) and revokes every API token;
     * remembered logins went with the password already. For a reset, and on request for a change.
     */
    public void endSessionsAndTokens(long id, String ip) {
        jdbc.sql("UPDATE account SET session_epoch = session_epoch + 1 WHERE id = ?")
                .param(id)
                .update();
        int revoked = jdbc.sql("UPDATE access_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
                .params(now(), id)
                .update();
        audit.record(AuditEvent.SESSIONS_ENDED, id, id, ip, "tokens revoked: " + revoked);
        events.publishEvent(new AccountChanged(id));
    }

    public Account updateSettings(long id, String displayName, String timeZone) {
        String name = AccountInput.displayName(displayName);
        ZoneId zone = AccountInput.zone(timeZone);
        int n = jdbc.sql("UPDATE account SET display_name = ?, time_zone = ? WHERE id = ?")
                .params(name, zone.getId(), id)
                .update();
        if (n == 0) {
            throw new NotFoundException("No account");
        }
        events.publishEvent(new AccountChanged(id));
        return find(id).orElseThrow();
    }

    public void changePassword(long id, String current, String next, boolean endOtherSessions, String ip) {
        confirmPassword(id, "currentPassword", current);
        setPassword(id, next);
        audit.record(AuditEvent.PASSWORD_CHANGED, id, id, ip, null);
        if (endOtherSessions) {
            endSessionsAndTokens(id, ip);
        }
    }

    /**
     * Asks for the password again before a sensitive step (role changes, new tokens, deletion): a
     * session left open, or a stolen session cookie, is not enough. Accounts without a password (OpenID
     * Connect only) cannot confirm one and so cannot take these steps in a page session.
     */
    @Transactional(readOnly = true)
    public void confirmPassword(long id, String parameter, String password) {
        // A stolen token or session must not become a password oracle: failures are counted per account.
        String key = Long.toString(id);
        limiter.checkNotExhausted(
                "password-confirm-failures", key, limits.signInPerAccountPerHour(), Duration.ofHours(1));
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No account"));
        if (hash == null) {
            throw new InvalidParameterException(parameter, "cannot be confirmed: this account has no password");
        }
        if (password == null || password.length() > 1000 || !encoder.matches(password, hash)) {
            limiter.record("password-confirm-failures", key, limits.signInPerAccountPerHour(), Duration.ofHours(1));
            throw new InvalidParameterException(
                    parameter,
                    "currentPassword".equals(parameter)
                            ? "does not match the password of this account"
                            : "is needed again for this step and did not match");
        }
    }

    void setPassword(long id, String password) {
        String email = find(id).map(Account::email).orElseThrow(() -> new NotFoundException("No account"));
        policy.check("password", password, email);
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?")
                .params(encoder.encode(password), id)
                .update();
        // A new password ends every remembered login.
        jdbc.sql("DELETE FROM persistent_logins WHERE username = ?")
                .param(email)
                .update();
    }

    public Account setRoles(long id, Set<Role> requested, long actorId, String ip) {
        Account account = find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        Set<Role> roles = EnumSet.copyOf(requested.isEmpty() ? Set.of(Role.CANDIDATE) : requested);
        roles.add(Role.CANDIDATE);
        if (account.has(Role.ADMIN) && !roles.contains(Role.ADMIN) && adminCount() <= 1) {
            throw new InvalidParameterException("roles", "would remove the last administrator");
        }
        jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        audit.record(AuditEvent.ROLES_CHANGED, id, actorId, ip, "roles=" + roles);
        events.publishEvent(new AccountChanged(id));
        return find(id).orElseThrow();
    }

    /**
     * Adds one role (if missing) on behalf of another module, e.g. the hiring module when someone
     * accepts an organisation's invite; audited like an administrator's change.
     */
    public void grantRole(long id, Role role, String reason, String ip) {
        Account account = find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        if (account.has(role)) {
            return;
        }
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)")
                .params(id, role.name())
                .update();
        audit.record(AuditEvent.ROLES_CHANGED, id, id, ip, "granted " + role + ": " + reason);
        events.publishEvent(new AccountChanged(id));
    }

    /**
     * The account as a signed-in principal with its current roles, for refreshing a page session
     * whose roles changed (bearer tokens load roles on every request anyway).
     */
    @Transactional(readOnly = true)
    public Optional<AccountUser> principal(long id) {
        return user(id);
    }

    public record Page(List<Account> items, int page, int size, long totalItems) {}

    @Transactional(readOnly = true)
    public Page list(int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
        List<Account> items = jdbc.sql("SELECT id, email, display_name, time_zone, created_at FROM account ORDER BY id"
                        + " LIMIT ? OFFSET ?")
                .params(size, (long) page * size)
                .query((rs, i) -> account(rs))
                .list();
        return new Page(items, page, size, total);
    }

    /** Everything Prepstack stores about the account, one section per module. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(long id) {
        Account a = find(id).orElseThrow(() -> new NotFoundException("No account"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", "prepstack-account-export/1");
        out.put("exportedAt", Instant.now(clock).toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", a.id());
        account.put("email", a.email());
        account.put("displayName", a.displayName());
        account.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        account.put("timeZone", a.timeZone().getId());
        account.put("createdAt", a.createdAt().toString());
        account.put(
                "accessTokens",
                jdbc.sql("SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM access_token"
                                + " WHERE account_id = ? ORDER BY id")
                        .param(id)
                        .query((rs, i) -> {
                            Map<String, Object> t = new LinkedHashMap<>();
                            t.put("id", rs.getLong(1));
                            t.put("name", rs.getString(2));
                            t.put("createdAt", instant(rs, 3));
                            t.put("expiresAt", instant(rs, 4));
                            t.put("lastUsedAt", instant(rs, 5));
                            t.put("revokedAt", instant(rs, 6));
                            return t;
                        })
                        .list());
        account.put("securityEvents", audit.of(id));
        out.put("account", account);
        for (PersonalData data : personalData.orderedStream().toList()) {
            out.put(data.section(), data.export(id));
        }
        return out;
    }

    /**
     * Deletes the account and every module's personal data about it, in one transaction, once the
     * password has been given again: a stolen API token or an open session alone cannot erase an
     * account. Pages and the API both come here; {@code parameter} names the field to blame.
     */
    public void delete(long id, String parameter, String password, String ip) {
        confirmPassword(id, parameter, password);
        Account a = find(id).orElseThrow(() -> new NotFoundException("No account"));
        for (PersonalData data : personalData.orderedStream().toList()) {
            data.erase(id);
        }
        jdbc.sql("DELETE FROM access_token WHERE account_id = ?").param(id).update();
        jdbc.sql("DELETE FROM password_reset WHERE account_id = ?").param(id).update();
        jdbc.sql("DELETE FROM persistent_logins WHERE username = ?")
                .param(a.email())
                .update();
        jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(id).update();
        audit.eraseFor(id);
        jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
        audit.record(AuditEvent.ACCOUNT_DELETED, null, null, ip, "account " + id);
        events.publishEvent(new AccountChanged(id));
    }

    private long adminCount() {
        return jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'")
                .query(Long.class)
                .single();
    }

    private Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_role WHERE account_id = ?")
                .param(id)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Account account(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Account(
                id,
                rs.getString("email"),
                rs.getString("display_name"),
                roles(id),
                ZoneId.of(rs.getString("time_zone")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant().toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
