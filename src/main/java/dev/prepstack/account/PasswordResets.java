package dev.prepstack.account;

import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.OpaqueTokens;
import dev.prepstack.shared.PublicUrls;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring password-reset links: mailed when SMTP is configured, otherwise issued by an
 * administrator. Only a hash of the link's token is stored.
 */
@Service
@Transactional
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    static final Duration VALIDITY = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ObjectProvider<JavaMailSender> mail;
    private final AccountProperties properties;
    private final PublicUrls urls;
    private final Clock clock;
    // One virtual thread per request; the reset limits (per IP, per address) bound how many there are.
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    PasswordResets(
            JdbcClient jdbc,
            Accounts accounts,
            AuditLog audit,
            ObjectProvider<JavaMailSender> mail,
            AccountProperties properties,
            PublicUrls urls,
            Clock clock) {
        if (mail.getIfAvailable() != null && !urls.configured()) {
            // Mailed links must not depend on the Host header of whoever asked for them.
            throw new IllegalStateException("Set prepstack.public-base-url (PREPSTACK_PUBLIC_BASE_URL) when mail is"
                    + " on: links in mails are built from it, never from a request's Host header.");
        }
        this.urls = urls;
        this.clock = clock;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
    }

    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Mails a link if the address has an account; says nothing either way, and answers at once either
     * way: the lookup, the link and the mail happen in the background, so the time an answer takes
     * does not tell which addresses have accounts (it did: 74 ms against 17 ms).
     */
    public void requestByMail(String email, String ip) {
        if (!mailConfigured()) {
            return;
        }
        background.execute(() -> {
            try {
                mailNow(email, ip);
            } catch (RuntimeException e) {
                log.warn("Could not handle a password-reset request: {}", e.toString());
            }
        });
    }

    @PreDestroy
    void finishPendingMails() {
        background.close();
    }

    private void mailNow(String email, String ip) {
        Optional<Long> id = accounts.idOf(email);
        if (id.isEmpty()) {
            return;
        }
        String link = urls.link("/reset/" + issue(id.get()));
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email.strip());
        message.setSubject("Reset your Prepstack password");
        message.setText("Someone asked to reset the password of your Prepstack account.\n\n"
                + "Choose a new password here (the link works once, for " + VALIDITY.toMinutes() + " minutes):\n"
                + link + "\n\nIf it was not you, ignore this message: your password stays as it is.\n");
        try {
            mail.getObject().send(message);
            audit.record(AuditEvent.PASSWORD_RESET_REQUESTED, id.get(), id.get(), ip, "mailed");
        } catch (RuntimeException e) {
            log.warn("Could not send the password-reset mail: {}", e.getMessage());
        }
    }

    /** An administrator issues a link for someone (when there is no mail server). */
    public String issueByAdmin(long accountId, long adminId, String ip) {
        accounts.find(accountId).orElseThrow(() -> new dev.prepstack.shared.NotFoundException("No account"));
        String link = urls.link("/reset/" + issue(accountId));
        audit.record(AuditEvent.PASSWORD_RESET_LINK_ISSUED, accountId, adminId, ip, null);
        return link;
    }

    private String issue(long accountId) {
        String token = OpaqueTokens.newToken("");
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO password_reset (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(accountId, OpaqueTokens.hash(token), now, now.plus(VALIDITY))
                .update();
        return token;
    }

    public boolean isValid(String token) {
        return live(token).isPresent();
    }

    public void complete(String token, String newPassword, String ip) {
        long accountId = live(token)
                .orElseThrow(() -> new InvalidParameterException(
                        "token", "this reset link is invalid, used or expired; ask for a new one"));
        accounts.setPassword(accountId, newPassword);
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now(clock), OpaqueTokens.hash(token))
                .update();
        audit.record(AuditEvent.PASSWORD_RESET_COMPLETED, accountId, accountId, ip, null);
        // Whoever knew the old password (or holds a session or token from it) is out.
        accounts.endSessionsAndTokens(accountId, ip);
    }

    private Optional<Long> live(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(OpaqueTokens.hash(token), OffsetDateTime.now(clock))
                .query(Long.class)
                .optional();
    }
}
