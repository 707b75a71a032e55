package dev.prepstack.catalog.web;

import dev.prepstack.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Strong ETags for answers that are a pure function of the bank and the request: the content
 * version and what was asked, hashed. Every node serving the same bank gives the same tag, and any
 * sync that changes what the API shows changes it.
 */
@Component
class ContentETags {

    private final Catalog catalog;

    ContentETags(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Sets the ETag and answers whether the client's copy is current; if so the response is already
     * a 304 without a body, and the caller returns nothing.
     */
    boolean notModified(WebRequest request, Object... asked) {
        return request.checkNotModified(tag(catalog.contentVersion(), asked));
    }

    static String tag(String version, Object... asked) {
        MessageDigest digest = sha256();
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        for (Object part : asked) {
            digest.update((byte) 0);
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        }
        return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
