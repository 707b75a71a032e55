package dev.prepstack.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;
import org.springframework.stereotype.Component;

/**
 * Renders the PlantUML diagrams of an answer to SVG. PlantUML runs in its sandbox profile (no file
 * or network access) and uses its built-in layout engine, so no Graphviz install is needed.
 */
@Component
public class DiagramRenderer {

    private static final Pattern FENCE =
            Pattern.compile("^```plantuml\\s*\\R(.*?)^```\\s*$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern FORBIDDEN = Pattern.compile("(?im)^\\s*!(include|import|includeurl|includesub)");
    private static final int CACHE_SIZE = 64;

    static {
        System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        System.setProperty("java.awt.headless", "true");
    }

    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The PlantUML sources of an answer, in order (diagram 1 is the first). */
    public static List<String> sources(String markdown) {
        List<String> sources = new ArrayList<>();
        Matcher m = FENCE.matcher(markdown == null ? "" : markdown);
        while (m.find()) {
            sources.add(m.group(1));
        }
        return sources;
    }

    /** SVG of the answer's n-th diagram (from 1), or empty if there is none. */
    public Optional<String> svg(String markdown, int index) {
        List<String> sources = sources(markdown);
        if (index < 1 || index > sources.size()) {
            return Optional.empty();
        }
        String source = sources.get(index - 1);
        synchronized (cache) {
            String cached = cache.get(source);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        String svg = render(source);
        synchronized (cache) {
            cache.put(source, svg);
        }
        return Optional.of(svg);
    }

    /** A problem with the diagram source, or empty when it renders cleanly. */
    public Optional<String> problem(String source) {
        if (FORBIDDEN.matcher(source).find()) {
            return Optional.of("includes are not allowed in diagrams");
        }
        var reader = new SourceStringReader(withLayout(source));
        if (reader.getBlocks().isEmpty()) {
            return Optional.of("no @startuml ... @enduml block");
        }
        if (reader.getBlocks().get(0).getDiagram() instanceof PSystemError error) {
            return Optional.of("PlantUML syntax error at line " + error.getLineLocation());
        }
        return Optional.empty();
    }

    private static String render(String source) {
        if (FORBIDDEN.matcher(source).find()) {
            throw new IllegalArgumentException("includes are not allowed in diagrams");
        }
        try {
            var out = new ByteArrayOutputStream();
            new SourceStringReader(withLayout(source)).outputImage(out, new FileFormatOption(FileFormat.SVG));
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Smetana is PlantUML's own Java port of the Graphviz layout: no external dot binary. */
    private static String withLayout(String source) {
        return source.replaceFirst("(?m)^@startuml.*$", "$0\n!pragma layout smetana");
    }
}
