package dev.prepstack.hiring;

import dev.prepstack.account.Account;
import dev.prepstack.account.Accounts;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How hiring names people: through the account module's API, never its table. An id that is gone
 * (the account was deleted, so hiring's reference was set to null) reads "former member".
 */
@Component
class People {

    static final String FORMER_MEMBER = "former member";

    private final Accounts accounts;

    People(Accounts accounts) {
        this.accounts = accounts;
    }

    String name(Long accountId) {
        if (accountId == null) {
            return FORMER_MEMBER;
        }
        return accounts.find(accountId).map(Account::displayName).orElse(FORMER_MEMBER);
    }

    /** Names for a list of rows that mostly repeat a few people: each looked up once. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<Long, String> names = new HashMap<>();

        String name(Long accountId) {
            return accountId == null ? FORMER_MEMBER : names.computeIfAbsent(accountId, People.this::name);
        }
    }
}
