package dev.prepstack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default embedded database is a file under the data directory and survives a restart. */
class H2FileRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsTheDatabaseAndQuestionIdsAndARunningDatabaseCanBeBackedUp() {
        long firstId;
        try (ConfigurableApplicationContext app = start()) {
            firstId = idOf(app, "cap-theorem");
        }
        assertThat(dataDir.resolve("prepstack.mv.db")).exists();

        try (ConfigurableApplicationContext app = start()) {
            assertThat(idOf(app, "cap-theorem")).isEqualTo(firstId);
            ContentSynced secondSync = app.getBean(CatalogSync.class).reload();
            assertThat(secondSync.added()).isZero();
            // The online backup of a running file database: a zip holding the database file.
            Path backup = app.getBean(dev.prepstack.backup.Backups.class).h2OnlineBackup();
            assertThat(backup).startsWith(dataDir.resolve("backups")).exists();
            try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
                assertThat(zip.getEntry("prepstack.mv.db")).isNotNull();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(Files.isDirectory(dataDir)).isTrue();
    }

    @Test
    void theDataFolderItsDatabaseAndBackupsAreReadableByTheOwnerOnly() throws Exception {
        Path folder = dataDir.resolve("fresh-data");
        Path backup;
        try (ConfigurableApplicationContext app = start(folder)) {
            backup = app.getBean(dev.prepstack.backup.Backups.class).h2OnlineBackup();
        }
        assertThat(perms(folder)).isEqualTo("rwx------");
        assertThat(perms(folder.resolve("prepstack.mv.db"))).isEqualTo("rw-------");
        assertThat(perms(backup.getParent())).isEqualTo("rwx------");
        assertThat(perms(backup)).isEqualTo("rw-------");
    }

    private static String perms(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private ConfigurableApplicationContext start() {
        return start(dataDir);
    }

    private ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(PrepstackApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--prepstack.embedding.enabled=false",
                        "--prepstack.data-dir=" + dataDir,
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
    }

    private static long idOf(ConfigurableApplicationContext app, String slug) {
        return ((QuestionLookup.Found) app.getBean(Catalog.class).lookup(slug))
                .question()
                .id();
    }
}
