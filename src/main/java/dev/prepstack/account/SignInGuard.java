package dev.prepstack.account;

import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import dev.prepstack.shared.TooManyRequestsException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks email and password for the API's token endpoint and applies the sign-in limits: per IP per
 * minute, and per account per hour (a lockout, audited). Unknown emails cost a hash comparison too,
 * so timing does not tell which addresses exist.
 */
@Component
public class SignInGuard {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final AuditLog audit;
    private final String dummyHash;

    SignInGuard(
            Accounts accounts,
            PasswordEncoder encoder,
            RateLimiter limiter,
            RateLimitProperties limits,
            AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.limiter = limiter;
        this.limits = limits;
        this.audit = audit;
        // Compared against when the email is unknown, so both cases cost one hash check.
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    /** Throws 429 when this IP or this account has tried too often. */
    public void checkLimits(String email, String ip) {
        limiter.check("sign-in-ip", ip, limits.signInPerMinute(), Duration.ofMinutes(1));
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            limiter.check("sign-in-account", key, limits.signInPerAccountPerHour(), Duration.ofHours(1));
        } catch (TooManyRequestsException e) {
            accounts.idOf(key).ifPresent(id -> audit.record(AuditEvent.LOCKED_OUT, id, null, ip, null));
            throw e;
        }
    }

    public Optional<AccountUser> verify(String email, String password, String ip) {
        checkLimits(email, ip);
        Optional<AccountUser> user = accounts.user(email);
        String hash = user.map(AccountUser::getPassword).orElse(dummyHash);
        boolean ok = password != null && hash != null && encoder.matches(password, hash) && user.isPresent();
        if (ok) {
            audit.record(
                    AuditEvent.SIGN_IN_SUCCEEDED, user.get().id(), user.get().id(), ip, "api token");
            return user;
        }
        audit.record(AuditEvent.SIGN_IN_FAILED, user.map(AccountUser::id).orElse(null), null, ip, "api token");
        return Optional.empty();
    }
}
