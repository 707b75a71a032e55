package dev.prepstack.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered page as bytes, plain and gzip-compressed, with the validators of both. Nothing in it
 * belongs to a visitor: it is built only from anonymous renders that set no cookie but the CSRF one
 * and carry no form token.
 *
 * @param plain the page as rendered
 * @param gzip the same bytes, gzip-compressed once at the highest level
 * @param etag strong entity tag of the plain body (quoted)
 * @param gzipEtag strong entity tag of the gzip body: another representation, another tag
 * @param lastModified when the content it was rendered from was synced (whole seconds)
 * @param slots the page cut at its personal slots, for signed-in visitors; null if it has none
 */
record CachedPage(
        byte[] plain,
        byte[] gzip,
        String contentType,
        String contentLanguage,
        String etag,
        String gzipEtag,
        Instant lastModified,
        String cacheControl,
        PersonalSlots slots) {

    static CachedPage of(
            byte[] plain, String contentType, String contentLanguage, Instant lastModified, String cacheControl) {
        String tag = HexFormat.of().formatHex(sha256(plain), 0, 12);
        return new CachedPage(
                plain,
                gzip(plain),
                contentType,
                contentLanguage,
                "\"" + tag + "\"",
                "\"" + tag + "-gz\"",
                lastModified,
                cacheControl,
                PersonalSlots.of(plain));
    }

    /** Bytes held in memory, for the cache's bound (the arrays plus a little for the rest). */
    int weight() {
        return plain.length + gzip.length + 256 + (slots == null ? 0 : slots.weight());
    }

    /** Whether an If-None-Match header names either representation (weak comparison, as RFC 9110 asks). */
    boolean matches(String ifNoneMatch) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag) || tag.equals(gzipEtag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream(plain.length / 4 + 64);
        // Compressed once per content version, so the slowest and smallest level costs nothing per request.
        try (var gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
