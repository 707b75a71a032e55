package dev.prepstack.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings by SHA-256 of their text, kept in one file under the data directory so a restart does
 * not re-embed the bank. The file names the model, so a model change starts a fresh cache.
 */
final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int FORMAT = 1;

    private final Path file;
    private final String modelId;
    private final int dimension;
    private final Map<String, float[]> entries = new LinkedHashMap<>();
    private boolean dirty;

    EmbeddingCache(Path file, String modelId, int dimension) {
        this.file = file;
        this.modelId = modelId;
        this.dimension = dimension;
        load();
    }

    static String key(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized float[] get(String text) {
        return entries.get(key(text));
    }

    synchronized void put(String text, float[] vector) {
        entries.put(key(text), vector);
        dirty = true;
    }

    synchronized int size() {
        return entries.size();
    }

    /** Writes the cache atomically if it changed; a crash mid-write leaves the old file intact. */
    /**
     * The cache is written after start-up, when the data folder's modes were already set: it is created
     * readable by the application's user only here, like the rest of the data folder (issue 18).
     */
    private static void createOwnerOnly(Path dir) throws IOException {
        if (posix()) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void createOwnerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews()
                .contains("posix");
    }

    synchronized void flush() {
        if (!dirty || file == null) {
            return;
        }
        try {
            createOwnerOnly(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            createOwnerOnlyFile(tmp);
            try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeInt(dimension);
                out.writeInt(entries.size());
                for (var e : entries.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            log.warn("Could not write the embedding cache {}: {}", file, e.getMessage());
        }
    }

    private void load() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(modelId) || in.readInt() != dimension) {
                log.info("Embedding cache {} is for another model or format: starting afresh", file);
                return;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                entries.put(key, v);
            }
            log.info("Embedding cache: {} vectors loaded from {}", n, file);
        } catch (IOException | RuntimeException e) {
            log.warn("Embedding cache {} is unreadable ({}): starting afresh", file, e.getMessage());
            entries.clear();
        }
    }
}
