package dev.prepstack.account.web;

import dev.prepstack.account.Account;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.account.Role;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration", description = "Users, roles and content; ADMIN only")
class AdminApiController {

    private final Accounts accounts;

    AdminApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    record UserItem(long id, String email, String displayName, List<String> roles, Instant createdAt) {}

    record UserPage(List<UserItem> items, int page, int size, long totalItems, int totalPages) {}

    record RolesRequest(List<String> roles) {}

    @GetMapping("/users")
    @Operation(summary = "All accounts, paged")
    UserPage users(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        Accounts.Page p = accounts.list(page, size);
        return new UserPage(p.items().stream().map(AdminApiController::item).toList(), page, size, p.totalItems(), (int)
                ((p.totalItems() + size - 1) / size));
    }

    @PutMapping("/users/{id}/roles")
    @Operation(summary = "Set an account's roles (CANDIDATE is always kept)")
    UserItem setRoles(
            @PathVariable long id,
            @RequestBody RolesRequest body,
            @AuthenticationPrincipal AccountUser admin,
            HttpServletRequest request) {
        return item(accounts.setRoles(id, parseRoles(body.roles()), admin.id(), request.getRemoteAddr()));
    }

    static Set<Role> parseRoles(List<String> names) {
        if (names == null || names.size() > 10) {
            throw new InvalidParameterException("roles", "must be a list of at most 10 role names");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("roles", "unknown role; use CANDIDATE, INTERVIEWER, EDITOR, ADMIN");
            }
        }
        return roles;
    }

    static UserItem item(Account a) {
        return new UserItem(a.id(), a.email(), a.displayName(), AccountApiController.roles(a), a.createdAt());
    }
}
