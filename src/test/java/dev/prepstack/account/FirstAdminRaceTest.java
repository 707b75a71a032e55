package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.PrepstackApplication;
import dev.prepstack.support.Postgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nodes that start together on an empty PostgreSQL database create the first administrator once. */
class FirstAdminRaceTest {

    @Test
    void concurrentStartsCreateOneAdministratorAndNoneFails() throws Exception {
        Postgres.assumeReachable();
        String schema = Postgres.newSchema("prepstack_admin_race");
        try (var app = new SpringApplicationBuilder(PrepstackApplication.class)
                .profiles("test", "postgres")
                .run(Postgres.nodeArguments(
                        schema,
                        "--server.port=0",
                        "--prepstack.embedding.enabled=false",
                        // No administrator from configuration: the nodes below race for it.
                        "--prepstack.admin-email=",
                        "--prepstack.admin-password="))) {
            Accounts accounts = app.getBean(Accounts.class);
            var properties = new AccountProperties(
                    "first@prepstack.test", "correct-horse-battery-staple-42", null, java.time.Duration.ofMinutes(30));
            int nodes = 6;
            var barrier = new CyclicBarrier(nodes);
            List<Future<?>> starts = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(nodes)) {
                for (int i = 0; i < nodes; i++) {
                    starts.add(pool.submit(() -> {
                        barrier.await();
                        new AdminBootstrap(accounts, properties).run(null);
                        return null;
                    }));
                }
                for (var start : starts) {
                    start.get();
                }
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = 'first@prepstack.test'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(accounts.hasAdmin()).isTrue();
        } finally {
            Postgres.dropSchema(schema);
        }
    }
}
