package dev.prepstack.hiring;

import dev.prepstack.shared.OpaqueTokens;

/** Invite tokens: opaque, with a prefix that lets a wrong link be refused before any database work. */
final class InviteTokens {

    static final String PREFIX = "inv_";

    private InviteTokens() {}

    static String newToken() {
        return OpaqueTokens.newToken(PREFIX);
    }

    static String hash(String token) {
        return OpaqueTokens.hash(token);
    }

    /** Cheap shape check before touching the database: anything else cannot be an invite. */
    static boolean plausible(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43;
    }
}
