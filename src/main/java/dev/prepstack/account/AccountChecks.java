package dev.prepstack.account;

import dev.prepstack.shared.InputProblems;
import dev.prepstack.shared.InvalidParameterException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every reason {@link Accounts} would refuse typed input, collected instead of thrown one at a time,
 * so a form can show them all at once beside their fields. The same rules still guard the writes.
 */
@Component
public class AccountChecks {

    private final Accounts accounts;
    private final PasswordPolicy policy;

    AccountChecks(Accounts accounts, PasswordPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    public List<InvalidParameterException> registration(Accounts.Registration r) {
        InputProblems problems = new InputProblems();
        String email = problems.check(() -> AccountInput.normaliseEmail(r.email()));
        problems.run(() -> AccountInput.displayName(r.displayName()));
        problems.run(() -> policy.check("password", r.password(), email == null ? r.email() : email));
        if (email != null && accounts.idOf(email).isPresent()) {
            problems.add(
                    new InvalidParameterException("email", "is already registered; sign in or reset your password"));
        }
        return problems.found();
    }

    /** What is wrong with a new password for this account (the policy names the field "password"). */
    public List<InvalidParameterException> newPassword(long accountId, String password) {
        InputProblems problems = new InputProblems();
        String email = accounts.find(accountId).map(Account::email).orElse(null);
        problems.run(() -> policy.check("password", password, email));
        return problems.found();
    }
}
