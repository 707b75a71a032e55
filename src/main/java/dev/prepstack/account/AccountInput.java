package dev.prepstack.account;

import dev.prepstack.shared.InvalidParameterException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an account's typed fields must be: an email address (normalised to lower case), a display
 * name and a time zone; look-alike letters and invisible characters refused so two accounts cannot
 * pass for one another.
 */
final class AccountInput {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,63}$");

    private AccountInput() {}

    static String normaliseEmail(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new InvalidParameterException("email", "must be a valid email address");
        }
        if (LookAlikes.hasFormatCharacters(e) || LookAlikes.mixesScripts(LookAlikes.nfkc(e), true)) {
            throw new InvalidParameterException(
                    "email", "must not contain invisible characters or mix Latin with Cyrillic or Greek letters");
        }
        return e;
    }

    static String displayName(String name) {
        String n = name == null ? "" : LookAlikes.nfkc(name).strip();
        if (n.isEmpty() || n.length() > 80 || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("displayName", "must be 1 to 80 characters");
        }
        if (LookAlikes.hasFormatCharacters(n)) {
            throw new InvalidParameterException("displayName", "must not contain invisible formatting characters");
        }
        if (LookAlikes.mixesScripts(n, false)) {
            throw new InvalidParameterException(
                    "displayName", "must not mix Latin with Cyrillic or Greek letters within a word");
        }
        return n;
    }

    static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank() || timeZone.length() > 60) {
            throw new InvalidParameterException("timeZone", "must be a time zone such as Europe/Berlin");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidParameterException("timeZone", "must be a time zone such as Europe/Berlin");
        }
    }

    static List<String> zones() {
        return new ArrayList<>(ZoneId.getAvailableZoneIds()).stream().sorted().toList();
    }
}
