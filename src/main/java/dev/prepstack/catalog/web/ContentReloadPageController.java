package dev.prepstack.catalog.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.AuditEvent;
import dev.prepstack.account.AuditLog;
import dev.prepstack.catalog.CatalogSync;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration page's "reload content" button (the page chain admits ADMIN only under /admin);
 * it answers back on that page.
 */
@Controller
class ContentReloadPageController {

    private final CatalogSync sync;
    private final AuditLog audit;

    ContentReloadPageController(CatalogSync sync, AuditLog audit) {
        this.sync = sync;
        this.audit = audit;
    }

    @PostMapping("/admin/content/reload")
    String reload(@AuthenticationPrincipal AccountUser admin, HttpServletRequest request, RedirectAttributes flash) {
        var result = sync.reload();
        audit.record(AuditEvent.CONTENT_RELOADED, null, admin.id(), request.getRemoteAddr(), result.toString());
        flash.addFlashAttribute(
                "message",
                "Content reloaded: %d live questions, %d added, %d updated, %d retired, %d %s."
                        .formatted(
                                result.liveQuestions(),
                                result.added(),
                                result.updated(),
                                result.retired(),
                                result.problems(),
                                result.problems() == 1 ? "problem" : "problems"));
        return "redirect:/admin";
    }
}
