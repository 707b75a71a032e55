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

    /**
     * Throws 429 when this IP has tried too often, or when this client has failed too often for this
     * account. The lockout counts failures only and is keyed on account and client together: someone
     * guessing from elsewhere cannot lock the owner out, and the owner's own successes never count.
     */
    public void checkLimits(String email, String ip) {
        limiter.check("sign-in-ip", ip, limits.signInPerMinute(), Duration.ofMinutes(1));
        try {
            limiter.checkNotExhausted(
                    "sign-in-failures", failureKey(email, ip), limits.signInPerAccountPerHour(), Duration.ofHours(1));
        } catch (TooManyRequestsException e) {
            accounts.idOf(normalised(email)).ifPresent(id -> audit.record(AuditEvent.LOCKED_OUT, id, null, ip, null));
            throw e;
        }
    }

    /** Counts a failed sign-in (wrong password or unknown address) of this client for this account. */
    public void recordFailure(String email, String ip) {
        limiter.record(
                "sign-in-failures", failureKey(email, ip), limits.signInPerAccountPerHour(), Duration.ofHours(1));
    }

    private static String failureKey(String email, String ip) {
        return normalised(email) + "|" + ip;
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
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
        recordFailure(email, ip);
        return Optional.empty();
    }
}
