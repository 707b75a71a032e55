package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.Account;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.account.OidcProperties;
import dev.prepstack.account.PasswordResets;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Sign-up, sign-in, settings and password reset pages; every form works without JavaScript. */
@Controller
class AccountPageController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final PasswordResets resets;
    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final JsonMapper json = JsonMapper.builder().build();
    private final OidcProperties oidc;
    private final ApplicationEventPublisher events;

    AccountPageController(
            Accounts accounts,
            AccessTokens tokens,
            PasswordResets resets,
            AuthenticationManager authentication,
            SecurityContextRepository pageSecurityContextRepository,
            RateLimiter limiter,
            RateLimitProperties limits,
            OidcProperties oidc,
            ApplicationEventPublisher events) {
        this.oidc = oidc;
        this.events = events;
        this.accounts = accounts;
        this.tokens = tokens;
        this.resets = resets;
        this.authentication = authentication;
        this.contexts = pageSecurityContextRepository;
        this.limiter = limiter;
        this.limits = limits;
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("oidc", oidc.enabled() ? oidc : null);
        return user != null ? "redirect:/" : "account/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("displayName", "");
        return "account/signup";
    }

    @PostMapping("/signup")
    String signup(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            limiter.check("sign-up", request.getRemoteAddr(), limits.signUpPerHour(), Duration.ofHours(1));
            accounts.register(new Accounts.Registration(email, displayName, password), request.getRemoteAddr());
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("error", Messages.of(e));
            model.addAttribute("errorField", Messages.field(e));
            model.addAttribute("email", email.length() > 254 ? "" : email);
            model.addAttribute("displayName", displayName.length() > 80 ? "" : displayName);
            return "account/signup";
        }
        // Sign the new account in at once, in a fresh session (no fixation).
        var auth = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email.strip(), password));
        request.getSession(true);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // Lets other modules react as to any sign-in (e.g. move a guest's practice into the account).
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(auth, getClass()));
        return "redirect:/?welcome";
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
            flash.addFlashAttribute("error", Messages.of(e));
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

    @GetMapping("/reset")
    String resetRequestForm(Model model) {
        model.addAttribute("mailConfigured", resets.mailConfigured());
        return "account/reset-request";
    }

    @PostMapping("/reset")
    String resetRequest(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        model.addAttribute("mailConfigured", resets.mailConfigured());
        limiter.check("reset-ip", request.getRemoteAddr(), limits.resetPerHour(), Duration.ofHours(1));
        if (email.length() <= 254) {
            resets.requestByMail(email, request.getRemoteAddr());
        }
        model.addAttribute("sent", true);
        return "account/reset-request";
    }

    @GetMapping("/reset/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.isValid(token)) {
            response.setStatus(404);
            model.addAttribute("invalid", true);
        }
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PostMapping("/reset/{token}")
    String reset(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            resets.complete(token, password, request.getRemoteAddr());
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("token", token);
            model.addAttribute("invalid", "token".equals(e.parameter()));
            model.addAttribute("error", Messages.of(e));
            return "account/reset";
        }
        return "redirect:/login?reset";
    }

    private static int parseDays(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("expiresInDays", "must be a whole number of days");
        }
    }

    private static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }
}
