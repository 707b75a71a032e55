package dev.prepstack.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, read from the handler mappings, with how it is protected. An
 * endpoint that no entry classifies fails the build, so endpoints added later cannot slip past the
 * ownership and attack suites.
 */
final class Endpoints {

    enum Access {
        /** Anyone, no token (API) or no session (pages). */
        PUBLIC,
        /** API: a bearer token; the data is the caller's own. */
        OWNER,
        /** API: a bearer token with the ADMIN role. */
        ADMIN,
        /** Page: a signed-in session; the data is the caller's own. */
        PAGE_OWNER,
        /** Page: a signed-in administrator. */
        PAGE_ADMIN,
        /** API: a bearer token with the INTERVIEWER role; the data is one of the caller's organisations'. */
        INTERVIEWER,
        /** Page: a signed-in interviewer; the data is one of their organisations'. */
        PAGE_INTERVIEWER,
        /** API: a bearer token with the EDITOR (or ADMIN) role; the data is the bank's. */
        EDITOR,
        /** Page: a signed-in editor (or administrator). */
        PAGE_EDITOR,
        /** Framework plumbing (error page, API explorer). */
        FRAMEWORK
    }

    record Endpoint(String method, String pattern, HandlerMethod handler) {
        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    static final Map<String, Access> CLASSIFIED = Map.ofEntries(
            // Question bank and search: public reads
            Map.entry("GET /api/v1/topics", Access.PUBLIC),
            Map.entry("GET /api/v1/questions", Access.PUBLIC),
            Map.entry("GET /api/v1/questions/{slug}", Access.PUBLIC),
            Map.entry("GET /api/v1/search", Access.PUBLIC),
            // Editorial review: readers suggest (their own suggestions only), editors decide, history is public
            Map.entry("POST /api/v1/suggestions", Access.OWNER),
            Map.entry("GET /api/v1/suggestions", Access.OWNER),
            Map.entry("GET /api/v1/suggestions/{id}", Access.OWNER),
            Map.entry("GET /api/v1/changes/{slug}", Access.OWNER),
            Map.entry("GET /api/v1/questions/{slug}/revisions", Access.PUBLIC),
            Map.entry("GET /api/v1/editorial/queue", Access.EDITOR),
            Map.entry("GET /api/v1/editorial/suggestions/{id}", Access.EDITOR),
            Map.entry("POST /api/v1/editorial/suggestions/{id}/accept", Access.EDITOR),
            Map.entry("POST /api/v1/editorial/suggestions/{id}/reject", Access.EDITOR),
            Map.entry("PUT /api/v1/editorial/questions/{slug}", Access.EDITOR),
            Map.entry("POST /api/v1/editorial/questions", Access.EDITOR),
            Map.entry("GET /api/v1/editorial/conflicts", Access.EDITOR),
            Map.entry("POST /api/v1/editorial/conflicts/{slug}", Access.EDITOR),
            Map.entry("POST /api/v1/changes/{slug}/review-as-new", Access.OWNER),
            Map.entry("GET /api/v1/admin/content/export", Access.ADMIN),
            Map.entry("GET /suggestions", Access.PAGE_OWNER),
            Map.entry("GET /suggestions/new", Access.PAGE_OWNER),
            Map.entry("POST /suggestions", Access.PAGE_OWNER),
            Map.entry("POST /suggestions/preview", Access.PAGE_OWNER),
            Map.entry("GET /questions/{slug}/history", Access.PUBLIC),
            Map.entry("GET /questions/{slug}/changes", Access.PAGE_OWNER),
            Map.entry("GET /editorial", Access.PAGE_EDITOR),
            Map.entry("GET /editorial/suggestions/{id}", Access.PAGE_EDITOR),
            Map.entry("POST /editorial/suggestions/{id}/accept", Access.PAGE_EDITOR),
            Map.entry("POST /editorial/suggestions/{id}/reject", Access.PAGE_EDITOR),
            Map.entry("GET /editorial/questions/{slug}/edit", Access.PAGE_EDITOR),
            Map.entry("POST /editorial/questions/{slug}", Access.PAGE_EDITOR),
            Map.entry("GET /editorial/questions/new", Access.PAGE_EDITOR),
            Map.entry("POST /editorial/questions", Access.PAGE_EDITOR),
            Map.entry("POST /editorial/conflicts/{slug}", Access.PAGE_EDITOR),
            Map.entry("POST /questions/{slug}/changes", Access.PAGE_OWNER),
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /topics", Access.PUBLIC),
            Map.entry("GET /topics/{slug}", Access.PUBLIC),
            Map.entry("GET /behavioral", Access.PUBLIC),
            Map.entry("GET /system-design", Access.PUBLIC),
            Map.entry("GET /questions/{slug}", Access.PUBLIC),
            Map.entry("GET /questions/{slug}/diagram-{index}.svg", Access.PUBLIC),
            Map.entry("GET /roles", Access.PUBLIC),
            Map.entry("GET /roles/{slug}", Access.PUBLIC),
            Map.entry("GET /learning-path", Access.PUBLIC),
            Map.entry("GET /search", Access.PUBLIC),
            Map.entry("GET /search/suggest", Access.PUBLIC),
            Map.entry("GET /api-guide", Access.PUBLIC),
            // Accounts
            Map.entry("POST /api/v1/accounts", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/tokens", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/password-resets", Access.PUBLIC),
            Map.entry("GET /api/v1/auth/tokens", Access.OWNER),
            Map.entry("DELETE /api/v1/auth/tokens/{id}", Access.OWNER),
            Map.entry("GET /api/v1/me", Access.OWNER),
            Map.entry("PATCH /api/v1/me", Access.OWNER),
            Map.entry("DELETE /api/v1/me", Access.OWNER),
            Map.entry("GET /api/v1/me/export", Access.OWNER),
            // My questions: the caller's own questions only (another person's are 404)
            Map.entry("GET /api/v1/me/questions", Access.OWNER),
            Map.entry("POST /api/v1/me/questions", Access.OWNER),
            Map.entry("GET /api/v1/me/questions/{id}", Access.OWNER),
            Map.entry("PUT /api/v1/me/questions/{id}", Access.OWNER),
            Map.entry("DELETE /api/v1/me/questions/{id}", Access.OWNER),
            Map.entry("GET /api/v1/me/questions/due", Access.OWNER),
            Map.entry("POST /api/v1/me/questions/{id}/reviews", Access.OWNER),
            Map.entry("POST /api/v1/me/questions/{id}/feedback", Access.OWNER),
            Map.entry("POST /api/v1/me/questions/import-preview", Access.OWNER),
            Map.entry("POST /api/v1/me/questions/imports", Access.OWNER),
            Map.entry("GET /api/v1/me/questions/export", Access.OWNER),
            Map.entry("GET /api/v1/me/practice-queue", Access.OWNER),
            Map.entry("GET /api/v1/me/question-sets", Access.OWNER),
            Map.entry("POST /api/v1/me/question-sets", Access.OWNER),
            Map.entry("GET /api/v1/me/question-sets/{id}", Access.OWNER),
            Map.entry("DELETE /api/v1/me/question-sets/{id}", Access.OWNER),
            Map.entry("POST /api/v1/me/question-sets/{id}/copy", Access.OWNER),
            Map.entry("POST /api/v1/me/question-sets/{id}/questions/{questionId}/custom-question", Access.INTERVIEWER),
            Map.entry("GET /my-questions/sets", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/sets", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/sets/{id}", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/sets/{id}/copy", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/sets/{id}/delete", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/sets/{id}/questions/{questionId}/custom-question", Access.PAGE_INTERVIEWER),
            Map.entry("GET /my-questions", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/new", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/progress", Access.PAGE_OWNER),
            Map.entry("POST /my-questions", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/{id}", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/{id}/edit", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/{id}", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/{id}/delete", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/preview", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/import", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/import", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/import/{id}/confirm", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/export", Access.PAGE_OWNER),
            Map.entry("GET /my-questions/practice", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/{id}/reveal", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/{id}/review", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/practice/bank/{slug}/reveal", Access.PAGE_OWNER),
            Map.entry("POST /my-questions/practice/bank/{slug}/review", Access.PAGE_OWNER),
            Map.entry("GET /api/v1/admin/users", Access.ADMIN),
            Map.entry("PUT /api/v1/admin/users/{id}/roles", Access.ADMIN),
            Map.entry("POST /api/v1/admin/content/reload", Access.ADMIN),
            Map.entry("GET /api/v1/admin/backup", Access.ADMIN),
            Map.entry("POST /api/v1/admin/restore", Access.ADMIN),
            Map.entry("POST /api/v1/admin/backups/h2", Access.ADMIN),
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("GET /signup", Access.PUBLIC),
            Map.entry("POST /signup", Access.PUBLIC),
            Map.entry("GET /reset", Access.PUBLIC),
            Map.entry("POST /reset", Access.PUBLIC),
            Map.entry("GET /reset/{token}", Access.PUBLIC),
            Map.entry("POST /reset/{token}", Access.PUBLIC),
            Map.entry("GET /settings", Access.PAGE_OWNER),
            Map.entry("POST /settings/profile", Access.PAGE_OWNER),
            Map.entry("POST /settings/password", Access.PAGE_OWNER),
            Map.entry("POST /settings/tokens", Access.PAGE_OWNER),
            Map.entry("POST /settings/tokens/{id}/revoke", Access.PAGE_OWNER),
            Map.entry("GET /settings/export", Access.PAGE_OWNER),
            Map.entry("POST /settings/delete", Access.PAGE_OWNER),
            Map.entry("GET /admin", Access.PAGE_ADMIN),
            Map.entry("POST /admin/users/{id}/roles", Access.PAGE_ADMIN),
            Map.entry("POST /admin/users/{id}/reset-link", Access.PAGE_ADMIN),
            Map.entry("POST /admin/content/reload", Access.PAGE_ADMIN),
            // Practice
            Map.entry("POST /api/v1/practice/sessions", Access.OWNER),
            Map.entry("POST /api/v1/practice/reviews", Access.OWNER),
            Map.entry("GET /api/v1/practice/due", Access.OWNER),
            Map.entry("GET /api/v1/progress", Access.OWNER),
            Map.entry("PUT /api/v1/practice/settings", Access.OWNER),
            Map.entry("GET /api/v1/practice/settings", Access.OWNER),
            Map.entry("GET /api/v1/practice/parameters", Access.OWNER),
            Map.entry("POST /api/v1/practice/parameters/optimise", Access.OWNER),
            Map.entry("DELETE /api/v1/practice/parameters", Access.OWNER),
            Map.entry("GET /api/v1/practice/workload", Access.OWNER),
            Map.entry("GET /api/v1/practice/rating-agreement", Access.OWNER),
            Map.entry("POST /api/v1/practice/reveal", Access.OWNER),
            Map.entry("GET /api/v1/practice/catch-up", Access.OWNER),
            Map.entry("POST /api/v1/practice/plans", Access.OWNER),
            Map.entry("GET /api/v1/practice/plans", Access.OWNER),
            Map.entry("GET /api/v1/practice/plans/{id}", Access.OWNER),
            Map.entry("PUT /api/v1/practice/plans/{id}", Access.OWNER),
            Map.entry("DELETE /api/v1/practice/plans/{id}", Access.OWNER),
            Map.entry("GET /api/v1/practice/plans/{id}/forecast", Access.OWNER),
            // Guests practise too: their sessions live in their HTTP session, their account's do not show
            Map.entry("GET /practice", Access.PUBLIC),
            Map.entry("POST /practice/sessions", Access.PUBLIC),
            Map.entry("GET /practice/sessions/{id}", Access.PUBLIC),
            Map.entry("POST /practice/sessions/{id}/reveal", Access.PUBLIC),
            Map.entry("POST /practice/sessions/{id}/reviews", Access.PUBLIC),
            Map.entry("GET /progress", Access.PAGE_OWNER),
            Map.entry("GET /home", Access.PAGE_OWNER),
            Map.entry("POST /settings/practice", Access.PAGE_OWNER),
            Map.entry("POST /settings/practice/optimise", Access.PAGE_OWNER),
            Map.entry("POST /settings/practice/defaults", Access.PAGE_OWNER),
            Map.entry("GET /practice/questions/{slug}", Access.PAGE_OWNER),
            Map.entry("POST /practice/questions/{slug}/bookmark", Access.PAGE_OWNER),
            Map.entry("POST /practice/questions/{slug}/note", Access.PAGE_OWNER),
            Map.entry("GET /practice/notebook", Access.PAGE_OWNER),
            Map.entry("POST /practice/reset", Access.PAGE_OWNER),
            Map.entry("GET /practice/export/progress.csv", Access.PAGE_OWNER),
            Map.entry("GET /practice/plans", Access.PAGE_OWNER),
            Map.entry("POST /practice/plans", Access.PAGE_OWNER),
            Map.entry("GET /practice/plans/{id}", Access.PAGE_OWNER),
            Map.entry("POST /practice/plans/{id}", Access.PAGE_OWNER),
            Map.entry("POST /practice/plans/{id}/delete", Access.PAGE_OWNER),
            Map.entry("GET /anki-export", Access.PUBLIC),
            // Feedback
            Map.entry("POST /api/v1/feedback", Access.PUBLIC),
            Map.entry("GET /questions/{slug}/check", Access.PUBLIC),
            Map.entry("POST /questions/{slug}/check", Access.PUBLIC),
            Map.entry("GET /feedback", Access.PUBLIC),
            Map.entry("GET /feedback/accuracy", Access.PUBLIC),
            Map.entry("POST /feedback", Access.PUBLIC),
            // The coach's part of a page check: tied to the visitor's session, guests included
            Map.entry("GET /coach/{id}", Access.PUBLIC),
            Map.entry("GET /coach/{id}/stream", Access.PUBLIC),
            // Mock interviews: the owner's alone; a report is public only through its share link
            Map.entry("POST /api/v1/mock-interviews", Access.OWNER),
            Map.entry("GET /api/v1/mock-interviews", Access.OWNER),
            Map.entry("GET /api/v1/mock-interviews/{id}", Access.OWNER),
            Map.entry("PUT /api/v1/mock-interviews/{id}/answers/{slug}", Access.OWNER),
            Map.entry("POST /api/v1/mock-interviews/{id}/finish", Access.OWNER),
            Map.entry("GET /api/v1/mock-interviews/{id}/report", Access.OWNER),
            Map.entry("POST /api/v1/mock-interviews/{id}/practice", Access.OWNER),
            Map.entry("GET /mock-interviews", Access.PAGE_OWNER),
            Map.entry("POST /mock-interviews", Access.PAGE_OWNER),
            Map.entry("GET /mock-interviews/{id}", Access.PAGE_OWNER),
            Map.entry("POST /mock-interviews/{id}/answers", Access.PAGE_OWNER),
            Map.entry("POST /mock-interviews/{id}/finish", Access.PAGE_OWNER),
            Map.entry("GET /mock-interviews/{id}/report", Access.PAGE_OWNER),
            Map.entry("POST /mock-interviews/{id}/practice", Access.PAGE_OWNER),
            Map.entry("POST /mock-interviews/{id}/share", Access.PAGE_OWNER),
            Map.entry("POST /mock-interviews/{id}/share/revoke", Access.PAGE_OWNER),
            Map.entry("GET /shared/mock-interviews/{token}", Access.PUBLIC),
            // Hiring: interviewers only, within their organisations
            Map.entry("POST /api/v1/organisations", Access.INTERVIEWER),
            Map.entry("GET /api/v1/organisations", Access.INTERVIEWER),
            Map.entry("GET /api/v1/organisations/{id}", Access.INTERVIEWER),
            Map.entry("POST /api/v1/organisations/{id}/invites", Access.INTERVIEWER),
            Map.entry("DELETE /api/v1/organisations/{id}/members/{accountId}", Access.INTERVIEWER),
            Map.entry("PUT /api/v1/organisations/{id}/members/{accountId}/role", Access.INTERVIEWER),
            Map.entry("PUT /api/v1/me/organisation", Access.INTERVIEWER),
            Map.entry("POST /api/v1/kits", Access.INTERVIEWER),
            Map.entry("GET /api/v1/kits", Access.INTERVIEWER),
            Map.entry("GET /api/v1/kits/{id}", Access.INTERVIEWER),
            Map.entry("PUT /api/v1/kits/{id}", Access.INTERVIEWER),
            Map.entry("DELETE /api/v1/kits/{id}", Access.INTERVIEWER),
            Map.entry("GET /api/v1/kits/{id}/versions", Access.INTERVIEWER),
            Map.entry("POST /api/v1/kits/{id}/copy", Access.INTERVIEWER),
            Map.entry("POST /api/v1/kits/{id}/anchor-proposal", Access.INTERVIEWER),
            Map.entry("POST /api/v1/custom-questions", Access.INTERVIEWER),
            Map.entry("GET /api/v1/custom-questions", Access.INTERVIEWER),
            Map.entry("GET /api/v1/custom-questions/{id}", Access.INTERVIEWER),
            Map.entry("PUT /api/v1/custom-questions/{id}", Access.INTERVIEWER),
            Map.entry("DELETE /api/v1/custom-questions/{id}", Access.INTERVIEWER),
            Map.entry("POST /api/v1/candidates", Access.INTERVIEWER),
            Map.entry("GET /api/v1/candidates", Access.INTERVIEWER),
            Map.entry("GET /api/v1/candidates/{id}", Access.INTERVIEWER),
            Map.entry("DELETE /api/v1/candidates/{id}", Access.INTERVIEWER),
            Map.entry("POST /api/v1/kits/{id}/scorecards", Access.INTERVIEWER),
            Map.entry("GET /api/v1/kits/{id}/comparison", Access.INTERVIEWER),
            Map.entry("GET /api/v1/scorecards/{id}", Access.INTERVIEWER),
            Map.entry("PUT /api/v1/scorecards/{id}", Access.INTERVIEWER),
            Map.entry("POST /api/v1/scorecards/{id}/submit", Access.INTERVIEWER),
            Map.entry("DELETE /api/v1/scorecards/{id}", Access.INTERVIEWER),
            Map.entry("POST /api/v1/scorecards/{id}/amendments", Access.INTERVIEWER),
            Map.entry("POST /api/v1/scorecards/{id}/suggestions", Access.INTERVIEWER),
            Map.entry("POST /api/v1/drills", Access.INTERVIEWER),
            Map.entry("GET /api/v1/drills", Access.INTERVIEWER),
            Map.entry("GET /api/v1/drills/{id}", Access.INTERVIEWER),
            Map.entry("POST /api/v1/drills/{id}/ratings", Access.INTERVIEWER),
            Map.entry("PUT /api/v1/drills/{id}/debrief", Access.INTERVIEWER),
            Map.entry("GET /api/v1/calibration", Access.INTERVIEWER),
            // Accepting an invite is how an account without the role joins (and gets it)
            Map.entry("POST /api/v1/invites/{token}/accept", Access.OWNER),
            Map.entry("GET /hiring/invites/{token}", Access.PAGE_OWNER),
            Map.entry("POST /hiring/invites/{token}/accept", Access.PAGE_OWNER),
            Map.entry("GET /hiring", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/organisations", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/current", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/organisations/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/organisations/{id}/invites", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/organisations/{id}/invites/{inviteId}/revoke", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/organisations/{id}/members/{accountId}/remove", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/organisations/{id}/members/{accountId}/role", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/kits/new", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/kits/{id}/edit", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/kits", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/kits/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/kits/picker", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/kits/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/kits/{id}/print", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/kits/{id}/copy", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/kits/{id}/delete", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/questions", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/questions", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/questions/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/questions/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/questions/{id}/delete", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/candidates", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/candidates/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/candidates/{id}/delete", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/kits/{id}/scorecards", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/scorecards/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/scorecards/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/scorecards/{id}/amendments", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/scorecards/{id}/discard", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/kits/{id}/comparison", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/drills", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/drills/new", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/drills", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/drills/{id}", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/drills/{id}/ratings", Access.PAGE_INTERVIEWER),
            Map.entry("POST /hiring/drills/{id}/debrief", Access.PAGE_INTERVIEWER),
            Map.entry("GET /hiring/calibration", Access.PAGE_INTERVIEWER),
            // Framework
            Map.entry("ANY /error", Access.FRAMEWORK),
            Map.entry("GET /v3/api-docs", Access.FRAMEWORK),
            Map.entry("GET /v3/api-docs.yaml", Access.FRAMEWORK),
            Map.entry("GET /v3/api-docs/swagger-config", Access.FRAMEWORK),
            Map.entry("GET /swagger-ui.html", Access.FRAMEWORK));

    private Endpoints() {}

    static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            Set<String> patterns = e.getKey().getPatternValues();
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("ANY", pattern, e.getValue()));
                } else {
                    methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern, e.getValue())));
                }
            }
        }
        return endpoints;
    }
}
