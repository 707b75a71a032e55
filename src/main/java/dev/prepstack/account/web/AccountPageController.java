package dev.prepstack.account.web;

import dev.prepstack.account.AccountChecks;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's settings pages: profile, password, tokens, export and deletion; every form
 * works without JavaScript. Signing up, in and resetting a password are {@link SignInPageController}'s.
 */
@Controller
class AccountPageController {

    private static final String OTHERS_ENDED = "; your other sessions and API tokens were ended.";

    private final Accounts accounts;
    private final AccountChecks checks;
    private final InputMessages messages;
    private final SettingsPage page;
    private final SecurityContextRepository contexts;
    private final JsonMapper json;

    AccountPageController(
            Accounts accounts,
            AccountChecks checks,
            InputMessages messages,
            SettingsPage page,
            SecurityContextRepository pageSecurityContextRepository,
            JsonMapper json) {
        this.accounts = accounts;
        this.checks = checks;
        this.messages = messages;
        this.page = page;
        this.contexts = pageSecurityContextRepository;
        this.json = json;
    }

    @PostMapping("/settings/profile")
    String profile(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                accounts.updateSettings(user.id(), form.displayName(), form.timeZone());
                flash.addFlashAttribute("message", "Your profile was saved.");
                return "redirect:/settings";
            } catch (InvalidParameterException e) {
                InputMessages.reject(binding, "account", e);
            }
        }
        response.setStatus(400);
        InputMessages.show(model, "profileForm", form, binding, "displayName", "timeZone");
        return settings(user, model);
    }

    /** The current password and the new one are checked together, so both errors show at once. */
    @PostMapping("/settings/password")
    String password(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        List<InvalidParameterException> newProblems =
                binding.hasFieldErrors("newPassword") ? List.of() : checks.newPassword(user.id(), form.newPassword());
        try {
            if (!binding.hasErrors() && newProblems.isEmpty()) {
                accounts.changePassword(
                        user.id(),
                        form.currentPassword(),
                        form.newPassword(),
                        form.endsOtherSessions(),
                        request.getRemoteAddr());
                if (form.endsOtherSessions()) {
                    continueSession(user, request, response);
                }
                flash.addFlashAttribute(
                        "message", "Your password was changed" + (form.endsOtherSessions() ? OTHERS_ENDED : "."));
                return "redirect:/settings#password-title";
            }
            // The current password is checked too, so both fields' errors show at once.
            if (!binding.hasFieldErrors("currentPassword")) {
                accounts.confirmPassword(user.id(), "currentPassword", form.currentPassword());
            }
        } catch (InvalidParameterException e) {
            // The password policy names its field "password"; on this form that is the new one.
            InputMessages.reject(
                    binding, "account", "password".equals(e.parameter()) ? "newPassword" : e.parameter(), e);
        }
        newProblems.forEach(p -> InputMessages.reject(binding, "account", "newPassword", p));
        response.setStatus(400);
        // Typed passwords are never shown again.
        var shown = new PasswordForm("", "", form.endsOtherSessions() ? "on" : "");
        InputMessages.show(model, "passwordForm", shown, binding, "currentPassword", "newPassword");
        return settings(user, model);
    }

    /** This session carries the old epoch too: it continues with the new one. */
    private void continueSession(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
        accounts.principal(user.id()).ifPresent(fresh -> {
            var current = SecurityContextHolder.getContext().getAuthentication();
            AccountUser updated = user.refreshedFrom(fresh);
            var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
            token.setDetails(current == null ? null : current.getDetails());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(token);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        });
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal AccountUser user, Model model) {
        return page.show(user, model);
    }

    @GetMapping("/settings/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountUser user) {
        Map<String, Object> data = accounts.export(user.id());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"prepstack-export-" + LocalDate.now() + ".json\"")
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
    }

    @PostMapping("/settings/delete")
    String delete(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String confirmation,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!"DELETE".equals(confirmation.strip())) {
            flash.addFlashAttribute("error", "Type DELETE to confirm that your account and data should be deleted.");
            return "redirect:/settings#delete";
        }
        try {
            accounts.delete(user.id(), "confirmPassword", password, request.getRemoteAddr());
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("account", e));
            return "redirect:/settings#delete";
        }
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/?account-deleted";
    }
}
