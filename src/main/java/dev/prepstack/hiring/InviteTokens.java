package dev.prepstack.hiring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable invite tokens (256 random bits) and their SHA-256, the only form stored. */
final class InviteTokens {

    static final String PREFIX = "inv_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteTokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cheap shape check before touching the database: anything else cannot be an invite. */
    static boolean plausible(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43;
    }
}
