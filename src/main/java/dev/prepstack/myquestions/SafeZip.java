package dev.prepstack.myquestions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip without trusting it: entry names that climb out of the archive or are absolute
 * are refused, and no entry, nor the whole archive, may expand past a limit (a zip bomb stops there,
 * having used no more than the limit).
 */
final class SafeZip {

    static final int MAX_ENTRIES = 5_000;

    private SafeZip() {}

    /** Called per entry with a stream that fails past the entry's limit. */
    interface EntryReader {
        void read(String name, InputStream content) throws IOException;
    }

    /** Thrown for an archive that is refused; the message names the entry. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    static void each(byte[] zip, long maxEntryBytes, long maxTotalBytes, EntryReader reader) throws IOException {
        long[] total = {0};
        int count = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new Refused("the archive has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                checkName(name);
                if (entry.isDirectory()) {
                    continue;
                }
                reader.read(name, new Bounded(in, name, maxEntryBytes, maxTotalBytes, total));
            }
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to malformed names and headers.
            throw new Refused("the archive is damaged (" + e.getMessage() + ")");
        }
        if (count == 0) {
            throw new Refused("the file is not a zip archive, or an empty one");
        }
    }

    static void checkName(String name) throws Refused {
        String shown = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        if (name.isEmpty()
                || name.startsWith("/")
                || name.startsWith("\\")
                || name.contains("\\")
                || name.contains("\u0000")
                || name.matches("^[A-Za-z]:.*")
                || ("/" + name + "/").contains("/../")) {
            throw new Refused("entry '" + shown + "': its path leaves the archive (path traversal), refused");
        }
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }

    private static final class Bounded extends InputStream {
        private final InputStream in;
        private final String name;
        private final long maxEntry;
        private final long maxTotal;
        private final long[] total;
        private long read;

        Bounded(InputStream in, String name, long maxEntry, long maxTotal, long[] total) {
            this.in = in;
            this.name = name;
            this.maxEntry = maxEntry;
            this.maxTotal = maxTotal;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                read += n;
                total[0] += n;
                if (read > maxEntry) {
                    throw new Refused("entry '" + name + "' expands past " + maxEntry / (1024 * 1024)
                            + " MB (a zip bomb?), refused");
                }
                if (total[0] > maxTotal) {
                    throw new Refused("the archive expands past " + maxTotal / (1024 * 1024)
                            + " MB (a zip bomb?), refused at entry '" + name + "'");
                }
            }
            return n;
        }

        @Override
        public void close() {
            // The zip stream stays open for the next entry.
        }
    }
}
