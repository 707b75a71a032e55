package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.IssuedInvite;
import dev.prepstack.hiring.OrgRole;
import dev.prepstack.hiring.Organisation;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.hiring.Scorecards;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.PublicUrls;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hiring home page, organisations, members and issuing invites; plain forms, no JavaScript needed. */
@Controller
class HiringPageController {

    private final Scorecards scorecards;
    private final Organisations organisations;
    private final PublicUrls urls;

    HiringPageController(Organisations organisations, Scorecards scorecards, PublicUrls urls) {
        this.urls = urls;
        this.organisations = organisations;
        this.scorecards = scorecards;
    }

    @GetMapping("/hiring")
    String home(@AuthenticationPrincipal AccountUser user, Model model) {
        Organisations.Workspace workspace = organisations.workspace(Interviewers.id(user));
        model.addAttribute("organisations", workspace.organisations());
        model.addAttribute("current", workspace.current().orElse(null));
        if (workspace.current().isPresent()) {
            model.addAttribute("kits", workspace.kits());
            model.addAttribute("candidates", workspace.candidates());
            // Who scored each candidate and what they recommend, as far as this viewer may see.
            model.addAttribute(
                    "status",
                    workspace.candidates().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    c -> c.id(), c -> scorecards.forCandidate(Interviewers.id(user), c.id()))));
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
        Organisations.Overview overview = organisations.overview(me, id);
        model.addAttribute("organisation", overview.organisation());
        model.addAttribute("members", overview.members());
        model.addAttribute("activity", overview.activity());
        model.addAttribute("me", me);
        if (overview.organisation().owner()) {
            model.addAttribute("invites", overview.invites());
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

    @PostMapping("/hiring/organisations/{id}/invites/{inviteId}/revoke")
    String revokeInvite(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @PathVariable long inviteId,
            RedirectAttributes flash) {
        organisations.revokeInvite(Interviewers.id(user), id, inviteId);
        flash.addFlashAttribute("message", "Invite revoked: its link no longer works.");
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
}
