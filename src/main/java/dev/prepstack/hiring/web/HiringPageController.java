package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.hiring.Candidates;
import dev.prepstack.hiring.IssuedInvite;
import dev.prepstack.hiring.Kits;
import dev.prepstack.hiring.OrgRole;
import dev.prepstack.hiring.Organisation;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.PublicUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hiring home page, organisations, members and invites; plain forms, no JavaScript needed. */
@Controller
class HiringPageController {

    private final Organisations organisations;
    private final Kits kits;
    private final Candidates candidates;
    private final Accounts accounts;
    private final SecurityContextRepository contexts;
    private final PublicUrls urls;

    HiringPageController(
            Organisations organisations,
            Kits kits,
            Candidates candidates,
            Accounts accounts,
            SecurityContextRepository pageSecurityContextRepository,
            PublicUrls urls) {
        this.urls = urls;
        this.organisations = organisations;
        this.kits = kits;
        this.candidates = candidates;
        this.accounts = accounts;
        this.contexts = pageSecurityContextRepository;
    }

    @GetMapping("/hiring")
    String home(@AuthenticationPrincipal AccountUser user, Model model) {
        long me = Interviewers.id(user);
        List<Organisation> mine = organisations.mine(me);
        Optional<Organisation> current =
                mine.stream().filter(Organisation::current).findFirst();
        model.addAttribute("organisations", mine);
        model.addAttribute("current", current.orElse(null));
        if (current.isPresent()) {
            model.addAttribute("kits", kits.list(me));
            model.addAttribute("candidates", candidates.list(me));
        }
        return "hiring/home";
    }

    @PostMapping("/hiring/organisations")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        try {
            Organisation created = organisations.create(Interviewers.id(user), name);
            flash.addFlashAttribute("message", "Organisation created. Invite your colleagues from its page.");
            return "redirect:/hiring/organisations/" + created.id();
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
            return "redirect:/hiring";
        }
    }

    @PostMapping("/hiring/current")
    String choose(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "0") long organisationId) {
        organisations.choose(Interviewers.id(user), organisationId);
        return "redirect:/hiring";
    }

    @GetMapping("/hiring/organisations/{id}")
    String organisation(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        long me = Interviewers.id(user);
        Organisation organisation = organisations.find(me, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", organisations.members(me, id));
        model.addAttribute("activity", organisations.activity(me, id));
        model.addAttribute("me", me);
        if (organisation.owner()) {
            model.addAttribute("invites", organisations.pendingInvites(me, id));
        }
        return "hiring/organisation";
    }

    @PostMapping("/hiring/organisations/{id}/invites")
    String invite(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        try {
            IssuedInvite invite = organisations.invite(Interviewers.id(user), id, note);
            flash.addFlashAttribute("inviteLink", urls.link("/hiring/invites/" + invite.token()));
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
        }
        return "redirect:/hiring/organisations/" + id;
    }

    @PostMapping("/hiring/organisations/{id}/members/{accountId}/remove")
    String remove(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @PathVariable long accountId,
            RedirectAttributes flash) {
        long me = Interviewers.id(user);
        try {
            organisations.removeMember(me, id, accountId);
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
            return "redirect:/hiring/organisations/" + id;
        }
        if (me == accountId) {
            flash.addFlashAttribute("message", "You left the organisation.");
            return "redirect:/hiring";
        }
        flash.addFlashAttribute("message", "The member was removed.");
        return "redirect:/hiring/organisations/" + id;
    }

    @PostMapping("/hiring/organisations/{id}/members/{accountId}/role")
    String role(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes flash) {
        try {
            OrgRole r = OrganisationApiController.role(role);
            organisations.setRole(Interviewers.id(user), id, accountId, r);
            flash.addFlashAttribute(
                    "message", r == OrgRole.OWNER ? "The member is now an owner." : "The owner is now a member.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
        }
        return "redirect:/hiring/organisations/" + id;
    }

    /** Any signed-in person may open an invite link: that is how colleagues without the role join. */
    @GetMapping("/hiring/invites/{token}")
    String invitePage(@AuthenticationPrincipal AccountUser user, @PathVariable String token, Model model) {
        signedIn(user);
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
        signedIn(user);
        Organisation joined;
        try {
            joined = organisations.accept(user.id(), token, request.getRemoteAddr());
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
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

    private static void signedIn(AccountUser user) {
        if (user == null) {
            throw new AccessDeniedException("Sign in to use an invite");
        }
    }
}
