package dev.prepstack.catalog.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.AuditEvent;
import dev.prepstack.account.AuditLog;
import dev.prepstack.catalog.CatalogSync;
import dev.prepstack.catalog.ContentSynced;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's "reload content" through the API (the security chain admits ADMIN only under
 * /api/v1/admin). It lives with the catalog, which owns the sync, so the account module needs nothing
 * of the content bank.
 */
@RestController
@Tag(name = "Administration", description = "Users, roles and content; ADMIN only")
class ContentReloadApiController {

    private final CatalogSync sync;
    private final AuditLog audit;

    ContentReloadApiController(CatalogSync sync, AuditLog audit) {
        this.sync = sync;
        this.audit = audit;
    }

    @PostMapping("/api/v1/admin/content/reload")
    @Operation(summary = "Read the content again, sync it and rebuild the search index")
    ContentSynced reload(@AuthenticationPrincipal AccountUser admin, HttpServletRequest request) {
        ContentSynced result = sync.reload();
        audit.record(AuditEvent.CONTENT_RELOADED, null, admin.id(), request.getRemoteAddr(), result.toString());
        return result;
    }
}
