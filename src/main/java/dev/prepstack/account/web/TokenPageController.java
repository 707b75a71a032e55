package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page's personal access tokens: creating one (the password asked again) and revoking one. */
@Controller
class TokenPageController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final SettingsPage page;

    TokenPageController(Accounts accounts, AccessTokens tokens, SettingsPage page) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.page = page;
    }

    /** The name, the lifetime and the password are checked together, so every error shows at once. */
    @PostMapping("/settings/tokens")
    String createToken(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Integer days = form.days();
        if (days == null) {
            InputMessages.reject(
                    binding,
                    "account",
                    new InvalidParameterException("expiresInDays", "must be a whole number of days"));
        }
        // A lifetime that is not a number is refused above; the tokens check the rest as for the API.
        tokens.problems(form.name(), days).forEach(p -> InputMessages.reject(binding, "account", p));
        try {
            if (!binding.hasFieldErrors("password")) {
                // A token outlives the session (up to a year): an open session alone must not mint one.
                accounts.confirmPassword(user.id(), "confirmPassword", form.password());
            }
            if (!binding.hasErrors()) {
                var issued = tokens.create(user.id(), form.name(), days, request.getRemoteAddr());
                flash.addFlashAttribute("newToken", issued.token());
                flash.addFlashAttribute("message", "Token created. Copy it now: it is shown only once.");
                return "redirect:/settings#tokens";
            }
        } catch (InvalidParameterException e) {
            InputMessages.reject(binding, "account", "confirmPassword".equals(e.parameter()) ? "password" : null, e);
        }
        response.setStatus(400);
        // A typed password is never shown again.
        var shown = new TokenForm(form.name(), form.expiresInDays(), "");
        InputMessages.show(model, "tokenForm", shown, binding, "name", "expiresInDays", "password");
        return page.show(user, model);
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
}
