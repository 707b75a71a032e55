package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page's personal access tokens: creating one (the password asked again) and revoking one. */
@Controller
class TokenPageController {

    private final Accounts accounts;
    private final InputMessages messages;
    private final AccessTokens tokens;

    TokenPageController(Accounts accounts, AccessTokens tokens, InputMessages messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @PostMapping("/settings/tokens")
    String createToken(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String expiresInDays,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            int days = parseDays(expiresInDays);
            // A token outlives the session (up to a year): an open session alone must not mint one.
            accounts.confirmPassword(user.id(), "confirmPassword", password);
            var issued = tokens.create(user.id(), name, days, request.getRemoteAddr());
            flash.addFlashAttribute("newToken", issued.token());
            flash.addFlashAttribute("message", "Token created. Copy it now: it is shown only once.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("account", e));
        }
        return "redirect:/settings#tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            HttpServletRequest request,
            RedirectAttributes flash) {
        tokens.revoke(user.id(), id, request.getRemoteAddr());
        flash.addFlashAttribute("message", "Token revoked.");
        return "redirect:/settings#tokens";
    }

    private static int parseDays(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("expiresInDays", "must be a whole number of days");
        }
    }
}
