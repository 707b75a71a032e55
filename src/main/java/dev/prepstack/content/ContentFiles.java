package dev.prepstack.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the content files from an operator's folder or from the bank shipped in the jar. */
final class ContentFiles {

    static final int MAX_FILE_BYTES = 256 * 1024;

    private ContentFiles() {}

    static List<ContentFile> fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Content folder " + root.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<ContentFile> files = new ArrayList<>();
            for (Path p : paths.filter(Files::isRegularFile)
                    .filter(ContentFiles::isContent)
                    .toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                files.add(new ContentFile(relative, read(p)));
            }
            files.sort(Comparator.comparing(ContentFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ContentFile> fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver(ContentFiles.class.getClassLoader());
        try {
            List<ContentFile> files = new ArrayList<>();
            for (String pattern : List.of("classpath*:content/**/*.md", "classpath*:content/**/*.yml")) {
                for (Resource r : resolver.getResources(pattern)) {
                    String url = r.getURL().toString();
                    String relative = url.substring(url.lastIndexOf("/content/") + "/content/".length());
                    byte[] bytes = r.getContentAsByteArray();
                    files.add(new ContentFile(
                            relative, oversized(bytes) ? null : new String(bytes, StandardCharsets.UTF_8)));
                }
            }
            files.sort(Comparator.comparing(ContentFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isContent(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".yml");
    }

    private static String read(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            return oversized(bytes) ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A null text marks a file too large to trust; the validator reports it. */
    private static boolean oversized(byte[] bytes) {
        return bytes.length > MAX_FILE_BYTES;
    }
}
