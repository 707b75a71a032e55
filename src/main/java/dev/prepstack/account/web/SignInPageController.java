package dev.prepstack.account.web;

import dev.prepstack.account.AccountChecks;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.account.OidcProperties;
import dev.prepstack.account.PasswordResets;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up, sign-in and password reset pages; every form works without JavaScript. */
@Controller
class SignInPageController {

    private final Accounts accounts;
    private final AccountChecks checks;
    private final PasswordResets resets;
    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final OidcProperties oidc;
    private final ApplicationEventPublisher events;

    SignInPageController(
            Accounts accounts,
            AccountChecks checks,
            PasswordResets resets,
            AuthenticationManager authentication,
            SecurityContextRepository pageSecurityContextRepository,
            RateLimiter limiter,
            RateLimitProperties limits,
            OidcProperties oidc,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.checks = checks;
        this.resets = resets;
        this.authentication = authentication;
        this.contexts = pageSecurityContextRepository;
        this.limiter = limiter;
        this.limits = limits;
        this.oidc = oidc;
        this.events = events;
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String error, Model model) {
        model.addAttribute("oidc", oidc.enabled() ? oidc : null);
        // Both fields are marked: which of the two was wrong is not said (no account enumeration).
        model.addAttribute("signInFailed", error != null);
        return user != null ? "redirect:/" : "account/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("signUpForm", SignUpForm.empty());
        return "account/signup";
    }

    /** Every problem at once, each beside its field: the form's own rules, then the accounts' deeper ones. */
    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("signUpForm") SignUpForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        limiter.check("sign-up", request.getRemoteAddr(), limits.signUpPerHour(), Duration.ofHours(1));
        var registration = new Accounts.Registration(form.email(), form.displayName(), form.password());
        checks.registration(registration).stream()
                .filter(p -> !binding.hasFieldErrors(p.parameter()))
                .forEach(p -> InputMessages.reject(binding, "account", p));
        if (!binding.hasErrors()) {
            try {
                accounts.register(registration, request.getRemoteAddr());
            } catch (InvalidParameterException e) {
                InputMessages.reject(binding, "account", e);
            }
        }
        if (binding.hasErrors()) {
            response.setStatus(400);
            InputMessages.show(model, "signUpForm", form.shownAgain(), binding, "email", "displayName", "password");
            return "account/signup";
        }
        String email = form.email();
        String password = form.password();
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
        model.addAttribute("resetForm", ResetForm.empty());
        return "account/reset";
    }

    /** The password's problems beside its field; a dead link is said at the top, as on the way in. */
    @PostMapping("/reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("resetForm") ResetForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // A dead link is said first: a better password would not help.
        boolean invalid = !resets.isValid(token);
        if (!invalid && !binding.hasErrors()) {
            try {
                resets.complete(token, form.password(), request.getRemoteAddr());
                return "redirect:/login?reset";
            } catch (InvalidParameterException e) {
                invalid = "token".equals(e.parameter());
                if (!invalid) {
                    InputMessages.reject(binding, "account", e);
                }
            }
        }
        response.setStatus(400);
        model.addAttribute("token", token);
        model.addAttribute("invalid", invalid);
        // A typed password is never shown again.
        InputMessages.show(model, "resetForm", ResetForm.empty(), binding, "password");
        return "account/reset";
    }
}
