package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.IssuedInvite;
import dev.prepstack.hiring.OrgRole;
import dev.prepstack.hiring.Organisation;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.PublicUrls;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hiring home page, organisations, members and issuing invites; plain forms, no JavaScript needed. */
@Controller
class HiringPageController {

    private final Organisations organisations;
    private final HiringPages pages;
    private final InputMessages messages;
    private final PublicUrls urls;

    HiringPageController(Organisations organisations, HiringPages pages, InputMessages messages, PublicUrls urls) {
        this.organisations = organisations;
        this.pages = pages;
        this.messages = messages;
        this.urls = urls;
    }

    @GetMapping("/hiring")
    String home(@AuthenticationPrincipal AccountUser user, Model model) {
        return pages.home(Interviewers.id(user), model);
    }

    @PostMapping("/hiring/organisations")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("organisationForm") NameForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                Organisation created = organisations.create(Interviewers.id(user), form.name());
                flash.addFlashAttribute("message", "Organisation created. Invite your colleagues from its page.");
                return "redirect:/hiring/organisations/" + created.id();
            } catch (InvalidParameterException e) {
                InputMessages.reject(binding, "hiring", e);
            }
        }
        response.setStatus(400);
        return pages.home(Interviewers.id(user), model);
    }

    @PostMapping("/hiring/current")
    String choose(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "0") long organisationId) {
        organisations.choose(Interviewers.id(user), organisationId);
        return "redirect:/hiring";
    }

    @GetMapping("/hiring/organisations/{id}")
    String organisation(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        return pages.organisation(Interviewers.id(user), id, model);
    }

    @PostMapping("/hiring/organisations/{id}/invites")
    String invite(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                IssuedInvite invite = organisations.invite(Interviewers.id(user), id, form.note());
                flash.addFlashAttribute("inviteLink", urls.link("/hiring/invites/" + invite.token()));
                return "redirect:/hiring/organisations/" + id;
            } catch (InvalidParameterException e) {
                InputMessages.reject(binding, "hiring", e);
            }
        }
        response.setStatus(400);
        return pages.organisation(Interviewers.id(user), id, model);
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
            flash.addFlashAttribute("error", messages.of("hiring", e));
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
            flash.addFlashAttribute("error", messages.of("hiring", e));
        }
        return "redirect:/hiring/organisations/" + id;
    }
}
