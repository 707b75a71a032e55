package dev.prepstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data folder (the H2 database, backups, the embedding cache) is readable by the application's
 * user only: created 0700 before the database opens it, and what is already inside set to 0600 (files)
 * and 0700 (folders) on every start, since H2 and the JVM create files with the process's umask
 * (usually 0644). Runs as a bean-factory post-processor, before any bean touches the folder, and
 * again once the application is ready (the database file exists by then).
 */
@Component
class DataDirectoryPermissions
        implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(
            org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
        String dir = environment.getProperty("prepstack.data-dir");
        if (dir != null && !dir.isBlank()) {
            secure(Path.of(dir));
        }
    }

    /** Once started: the database file H2 created meanwhile gets the same treatment. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        postProcessBeanFactory(null);
    }

    /** Creates the folder if needed and restricts it and everything in it to the owner. */
    static void secure(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.toList()) {
                    restrict(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the data folder " + dir, e);
        }
    }

    static void restrict(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
        } catch (java.nio.file.FileSystemException e) {
            // Only the owner may change modes. A volume mounted into the container belongs to root while
            // the application runs as its own user (it writes there through the group): the volume's own
            // permissions then protect it, and refusing to start would protect nothing.
            org.slf4j.LoggerFactory.getLogger(DataDirectoryPermissions.class)
                    .warn("Cannot restrict {} to its owner ({}); the folder's own permissions apply", p, e.getReason());
        }
    }
}
