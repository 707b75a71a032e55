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
    void restartKeepsTheDatabaseAndQuestionIds() {
        long firstId;
        try (ConfigurableApplicationContext app = start()) {
            firstId = idOf(app, "cap-theorem");
        }
        assertThat(dataDir.resolve("prepstack.mv.db")).exists();

        try (ConfigurableApplicationContext app = start()) {
            assertThat(idOf(app, "cap-theorem")).isEqualTo(firstId);
            ContentSynced secondSync = app.getBean(CatalogSync.class).reload();
            assertThat(secondSync.added()).isZero();
        }
        assertThat(Files.isDirectory(dataDir)).isTrue();
    }

    private ConfigurableApplicationContext start() {
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
