package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.Account;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.web.bind.annotation.GetMapping;
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

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final SecurityContextRepository contexts;
    private final JsonMapper json;

    AccountPageController(
            Accounts accounts,
            AccessTokens tokens,
            SecurityContextRepository pageSecurityContextRepository,
            JsonMapper json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.contexts = pageSecurityContextRepository;
        this.json = json;
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal AccountUser user, Model model) {
        Account account = accounts.find(user.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("zones", zones());
        return "account/settings";
    }

    @PostMapping("/settings/profile")
    String profile(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String timeZone,
            RedirectAttributes flash) {
        try {
            accounts.updateSettings(user.id(), displayName, timeZone);
            flash.addFlashAttribute("message", "Your profile was saved.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", Messages.of(e));
        }
        return "redirect:/settings";
    }

    @PostMapping("/settings/password")
    String password(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String signOutOthers,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        // An unchecked box sends nothing; the form checks it by default.
        boolean endOthers = "on".equals(signOutOthers) || "true".equals(signOutOthers);
        try {
            accounts.changePassword(user.id(), currentPassword, newPassword, endOthers, request.getRemoteAddr());
            if (endOthers) {
                // This session carries the old epoch too: it continues with the new one.
                accounts.principal(user.id()).ifPresent(fresh -> {
                    var current = SecurityContextHolder.getContext().getAuthentication();
                    AccountUser updated = user.refreshedFrom(fresh);
                    var token =
                            UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
                    token.setDetails(current == null ? null : current.getDetails());
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(token);
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                });
            }
            flash.addFlashAttribute(
                    "message",
                    endOthers
                            ? "Your password was changed; your other sessions and API tokens were ended."
                            : "Your password was changed.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", Messages.of(e));
            // The password policy names its field "password"; on this form that is the new one.
            String field = Messages.field(e);
            flash.addFlashAttribute("errorField", "password".equals(field) ? "newPassword" : field);
        }
        return "redirect:/settings#password-title";
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
            flash.addFlashAttribute("error", Messages.of(e));
            return "redirect:/settings#delete";
        }
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/?account-deleted";
    }

    private static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }
}
