package dev.prepstack.account.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.account.PasswordResets;
import dev.prepstack.account.Role;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InputProblems;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
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

    /** The roles form's name for its errors (a {@link MapBindingResult} over the posted fields). */
    private static final String ROLES_FORM = "rolesForm";

    private final Accounts accounts;
    private final PasswordResets resets;

    AdminPageController(Accounts accounts, PasswordResets resets) {
        this.accounts = accounts;
        this.resets = resets;
    }

    @GetMapping("/admin")
    String users(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("users", accounts.list(p, PAGE_SIZE));
        model.addAttribute("roles", Role.values());
        model.addAttribute("page", p);
        if (!model.containsAttribute(ROLES_FORM)) {
            Map<String, Object> none = Map.of();
            model.addAttribute(ROLES_FORM, none);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ROLES_FORM, new MapBindingResult(none, ROLES_FORM));
        }
        return "account/admin";
    }

    /** The roles and the password are checked together; a refusal shows every problem in the user's row. */
    @PostMapping("/admin/users/{id}/roles")
    String setRoles(
            @PathVariable long id,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser admin,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        Map<String, Object> posted = new HashMap<>();
        posted.put("roles", roles == null ? List.of() : roles);
        var binding = new MapBindingResult(posted, ROLES_FORM);
        var problems = new InputProblems();
        Set<Role> parsed = problems.check(() -> AdminApiController.parseRoles(roles == null ? List.of() : roles));
        // Roles are the keys to everything: a session left open is not enough to hand them out.
        problems.run(() -> accounts.confirmPassword(admin.id(), "confirmPassword", password));
        if (problems.found().isEmpty()) {
            try {
                accounts.setRoles(id, parsed, admin.id(), request.getRemoteAddr());
                flash.addFlashAttribute("message", "Roles saved.");
                return "redirect:/admin";
            } catch (InvalidParameterException e) {
                problems.add(e);
            }
        }
        problems.found()
                .forEach(e -> InputMessages.reject(
                        binding, "account", "confirmPassword".equals(e.parameter()) ? "password" : e.parameter(), e));
        response.setStatus(400);
        model.addAttribute("rolesFor", id);
        model.addAttribute(ROLES_FORM, posted);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ROLES_FORM, binding);
        return users(page, model);
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
