package dev.prepstack.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first administrator from PREPSTACK_ADMIN_EMAIL and PREPSTACK_ADMIN_PASSWORD. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private final Accounts accounts;
    private final AccountProperties properties;

    AdminBootstrap(Accounts accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /**
     * Nodes that start together race to create the administrator. Each try is a transaction of its
     * own; whoever loses finds the winner's administrator and stops there.
     */
    private void createOnce() {
        for (int attempt = 1; ; attempt++) {
            try {
                accounts.ensureAdmin(properties.adminEmail(), properties.adminPassword());
                return;
            } catch (RuntimeException e) {
                if (accounts.hasAdmin()) {
                    return;
                }
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.adminEmail() != null
                && !properties.adminEmail().isBlank()
                && properties.adminPassword() != null
                && !properties.adminPassword().isBlank()) {
            createOnce();
        }
    }
}
