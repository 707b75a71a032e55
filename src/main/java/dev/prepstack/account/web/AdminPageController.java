package dev.prepstack.account.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.account.PasswordResets;
import dev.prepstack.account.Role;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page: users and their roles, and reset links. Its "reload content" button
 * posts to the catalog's own controller, so identity does not depend on the content bank.
 */
@Controller
class AdminPageController {

    static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final InputMessages messages;
    private final PasswordResets resets;

    AdminPageController(Accounts accounts, PasswordResets resets, InputMessages messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.resets = resets;
    }

    @GetMapping("/admin")
    String users(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("users", accounts.list(p, PAGE_SIZE));
        model.addAttribute("roles", Role.values());
        model.addAttribute("page", p);
        return "account/admin";
    }

    @PostMapping("/admin/users/{id}/roles")
    String setRoles(
            @PathVariable long id,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String password,
            @AuthenticationPrincipal AccountUser admin,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            // Roles are the keys to everything: a session left open is not enough to hand them out.
            accounts.confirmPassword(admin.id(), "confirmPassword", password);
            accounts.setRoles(
                    id,
                    AdminApiController.parseRoles(roles == null ? List.of() : roles),
                    admin.id(),
                    request.getRemoteAddr());
            flash.addFlashAttribute("message", "Roles saved.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("account", e));
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{id}/reset-link")
    String resetLink(
            @PathVariable long id,
            @AuthenticationPrincipal AccountUser admin,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String link = resets.issueByAdmin(id, admin.id(), request.getRemoteAddr());
        flash.addFlashAttribute("resetLink", link);
        flash.addFlashAttribute(
                "message", "Single-use reset link (valid 30 minutes). Give it to the person privately.");
        return "redirect:/admin";
    }
}
