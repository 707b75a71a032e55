package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.hiring.Organisation;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An invite link's page and its acceptance. Any signed-in person may use one (that is how
 * colleagues without the interviewer role join); the session then gets the role it was given. The
 * page chain sends anyone not signed in to the sign-in page first, and back here afterwards.
 */
@Controller
class InvitePageController {

    private final InputMessages messages;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SecurityContextRepository contexts;

    InvitePageController(
            Organisations organisations,
            Accounts accounts,
            SecurityContextRepository pageSecurityContextRepository,
            InputMessages messages) {
        this.messages = messages;
        this.organisations = organisations;
        this.accounts = accounts;
        this.contexts = pageSecurityContextRepository;
    }

    @GetMapping("/hiring/invites/{token}")
    String invitePage(@AuthenticationPrincipal AccountUser user, @PathVariable String token, Model model) {
        model.addAttribute("invite", organisations.preview(user.id(), token));
        model.addAttribute("token", token);
        return "hiring/invite";
    }

    @PostMapping("/hiring/invites/{token}/accept")
    String accept(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Organisation joined;
        try {
            joined = organisations.accept(user.id(), token, request.getRemoteAddr());
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("hiring", e));
            return "redirect:/hiring";
        }
        refreshSession(user.id(), request, response);
        flash.addFlashAttribute("message", "Welcome to " + joined.name() + ".");
        return "redirect:/hiring";
    }

    /** The session's principal was built at sign-in; it needs the interviewer role it was just given. */
    private void refreshSession(long accountId, HttpServletRequest request, HttpServletResponse response) {
        accounts.principal(accountId).ifPresent(fresh -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        });
    }
}
