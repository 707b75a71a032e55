package dev.prepstack.account;

import dev.prepstack.shared.InvalidParameterException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 8 to 128 characters and at most 72 bytes (bcrypt's limit), not only spaces, and not one of the
 * 30,000 most common passwords (zxcvbn's list).
 */
@Component
class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 128;
    static final int MAX_BYTES = 72;
    private static final String COMMON_LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> common = new HashSet<>();

    PasswordPolicy() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(COMMON_LIST), COMMON_LIST),
                StandardCharsets.UTF_8))) {
            in.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .forEach(l -> common.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int commonPasswords() {
        return common.size();
    }

    void check(String field, String password, String email) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            throw new InvalidParameterException(field, "must be " + MIN + " to " + MAX + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidParameterException(field, "must not be only spaces");
        }
        // bcrypt reads at most 72 bytes: a longer password used to pass here and then fail with a 500.
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidParameterException(
                    field, "must be at most " + MAX_BYTES + " bytes (72 plain letters; accents and emoji take 2 to 4)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new InvalidParameterException(field, "is one of the most common passwords; choose another");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            throw new InvalidParameterException(field, "must not be your email address");
        }
    }
}
