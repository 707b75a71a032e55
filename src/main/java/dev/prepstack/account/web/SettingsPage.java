package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.Account;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The settings page's model, shared by its controllers: a form refused by one of them is shown again
 * on the page with its errors (and a 400), the other forms as they were.
 */
@Component
class SettingsPage {

    private final Accounts accounts;
    private final AccessTokens tokens;

    SettingsPage(Accounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    String show(AccountUser user, Model model) {
        Account account = accounts.find(user.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("zones", zones());
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(account));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordForm.empty());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        return "account/settings";
    }

    private static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }
}
