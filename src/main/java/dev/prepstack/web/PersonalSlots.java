package dev.prepstack.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A cached page cut at its personal slots, so that a signed-in visitor gets the same bytes as everyone
 * else with only the slots rendered for them (an edge-side include done in the filter). The layout marks
 * each slot with {@code <!--personal:NAME-->} and {@code <!--/personal-->}; what an anonymous render put
 * between them is dropped, the markers stay. The fixed parts are also kept deflated, each ended with a
 * sync flush, so a gzip response is the fixed parts as they are, the slots as stored blocks, an empty
 * final block and the checksum: no compression per request.
 *
 * @param fixed the bytes around the slots (one more than there are slots)
 * @param deflated each fixed part as raw deflate blocks, byte-aligned and not final
 * @param slots the slot names in page order
 */
record PersonalSlots(byte[][] fixed, byte[][] deflated, List<String> slots) {

    static final String START = "<!--personal:";
    static final String END = "<!--/personal-->";
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** A final, empty block with fixed codes: what zlib writes on finishing an empty stream. */
    private static final byte[] FINAL_BLOCK = {3, 0};

    /** The page's slots, or null if it has none (or a marker is not closed). */
    static PersonalSlots of(byte[] page) {
        // ISO-8859-1 maps each byte to one char, so indexes are byte offsets; the markers are ASCII.
        String text = new String(page, StandardCharsets.ISO_8859_1);
        List<byte[]> fixed = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int from = 0;
        int start = text.indexOf(START);
        while (start >= 0) {
            int nameEnd = text.indexOf("-->", start + START.length());
            int end = nameEnd < 0 ? -1 : text.indexOf(END, nameEnd);
            if (end < 0) {
                return null;
            }
            fixed.add(Arrays.copyOfRange(page, from, nameEnd + 3));
            slots.add(text.substring(start + START.length(), nameEnd));
            from = end;
            start = text.indexOf(START, end + END.length());
        }
        if (slots.isEmpty()) {
            return null;
        }
        fixed.add(Arrays.copyOfRange(page, from, page.length));
        byte[][] parts = fixed.toArray(byte[][]::new);
        byte[][] deflated = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            deflated[i] = deflate(parts[i]);
        }
        return new PersonalSlots(parts, deflated, List.copyOf(slots));
    }

    int weight() {
        int bytes = 0;
        for (int i = 0; i < fixed.length; i++) {
            bytes += fixed[i].length + deflated[i].length + 32;
        }
        return bytes;
    }

    /** The page with {@code filled} (one string per slot, in order) in its slots. */
    byte[] plain(List<String> filled) {
        byte[][] personal = encode(filled);
        int size = 0;
        for (int i = 0; i < fixed.length; i++) {
            size += fixed[i].length + (i < personal.length ? personal[i].length : 0);
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < fixed.length; i++) {
            System.arraycopy(fixed[i], 0, out, at, fixed[i].length);
            at += fixed[i].length;
            if (i < personal.length) {
                System.arraycopy(personal[i], 0, out, at, personal[i].length);
                at += personal[i].length;
            }
        }
        return out;
    }

    /** The same page as one gzip member: deflated fixed parts, the slots as stored blocks. */
    byte[] gzip(List<String> filled) {
        byte[][] personal = encode(filled);
        var out = new ByteArrayOutputStream(deflatedSize() + 64 + personal.length * 600);
        var crc = new CRC32();
        long length = 0;
        out.writeBytes(GZIP_HEADER);
        for (int i = 0; i < fixed.length; i++) {
            out.writeBytes(deflated[i]);
            crc.update(fixed[i]);
            length += fixed[i].length;
            if (i < personal.length) {
                stored(out, personal[i]);
                crc.update(personal[i]);
                length += personal[i].length;
            }
        }
        out.writeBytes(FINAL_BLOCK);
        littleEndian(out, crc.getValue());
        littleEndian(out, length);
        return out.toByteArray();
    }

    private int deflatedSize() {
        int size = 0;
        for (byte[] part : deflated) {
            size += part.length;
        }
        return size;
    }

    private byte[][] encode(List<String> filled) {
        if (filled.size() != slots.size()) {
            throw new IllegalArgumentException(slots.size() + " slots, " + filled.size() + " parts");
        }
        byte[][] personal = new byte[filled.size()][];
        for (int i = 0; i < personal.length; i++) {
            personal[i] = filled.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return personal;
    }

    /** Non-final stored blocks of at most 65,535 bytes each; the stream is byte-aligned before and after. */
    private static void stored(ByteArrayOutputStream out, byte[] bytes) {
        int at = 0;
        do {
            int length = Math.min(65_535, bytes.length - at);
            out.write(0);
            out.write(length & 0xff);
            out.write(length >>> 8);
            out.write(~length & 0xff);
            out.write((~length >>> 8) & 0xff);
            out.write(bytes, at, length);
            at += length;
        } while (at < bytes.length);
    }

    private static void littleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    /** Raw deflate ended by a sync flush: not final, byte-aligned, needing nothing before it. */
    private static byte[] deflate(byte[] part) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(part);
            var out = new ByteArrayOutputStream(part.length / 3 + 64);
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
