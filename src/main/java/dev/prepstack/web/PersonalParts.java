package dev.prepstack.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A signed-in visitor's parts of a cached page, written as the templates write them for that visitor
 * (fragments/nav.html and catalog/question.html between their {@code personal} markers; a test renders
 * both ways and compares). A few strings instead of a template render keep a signed-in page view as
 * cheap as an anonymous one.
 *
 * @param contextPath prefix of every link, as Thymeleaf's {@code @{...}} adds it
 * @param csrfToken the token of the sign-out form
 * @param path the page's path (the question's slug for its notes link)
 */
record PersonalParts(AccountUser user, String contextPath, String csrfToken, String path) {

    /** One part per slot, in order; unknown slots stay empty. */
    List<String> fill(List<String> slots) {
        List<String> parts = new ArrayList<>(slots.size());
        for (String slot : slots) {
            parts.add(
                    switch (slot) {
                        case "practise" -> practise();
                        case "account" -> account(false);
                        case "account-open" -> account(true);
                        case "notes" -> notes();
                        default -> "";
                    });
        }
        return parts;
    }

    private String practise() {
        return "<li><a href=\"" + contextPath + "/progress\">Progress</a></li>" + "<li><a href=\"" + contextPath
                + "/my-questions\">My questions</a></li>" + "<li><a href=\"" + contextPath
                + "/practice/notebook\">Notebook</a></li>";
    }

    private String account(boolean open) {
        var html = new StringBuilder(640);
        if (user.has(Role.INTERVIEWER)) {
            html.append("<li class=\"nav-link\"><a href=\"").append(contextPath).append("/hiring\">Hiring</a></li>");
        }
        html.append("<li><details class=\"nav-group account\"")
                .append(open ? " open=\"open\"" : "")
                .append("><summary>")
                .append(HtmlUtils.htmlEscape(user.displayName()))
                .append("</summary><ul>")
                .append("<li><a href=\"")
                .append(contextPath)
                .append("/\">Home</a></li>")
                .append("<li><a href=\"")
                .append(contextPath)
                .append("/settings\">Settings</a></li>")
                .append("<li><a href=\"")
                .append(contextPath)
                .append("/suggestions\">My suggestions</a></li>");
        if (user.has(Role.EDITOR) || user.has(Role.ADMIN)) {
            html.append("<li><a href=\"").append(contextPath).append("/editorial\">Editorial queue</a></li>");
        }
        if (user.has(Role.ADMIN)) {
            html.append("<li><a href=\"").append(contextPath).append("/admin\">Admin</a></li>");
        }
        html.append("<li><form class=\"inline-form\" action=\"")
                .append(contextPath)
                .append("/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"")
                .append(HtmlUtils.htmlEscape(csrfToken))
                .append("\"/><button type=\"submit\" class=\"link-button\">Sign out</button></form></li>")
                .append("</ul></details></li>");
        return html.toString();
    }

    /** The question page's link to the visitor's answers; the path is /questions/{slug} (a checked slug). */
    private String notes() {
        if (!path.startsWith("/questions/")) {
            return "";
        }
        return "<p class=\"your-notes\"><a href=\"" + contextPath + "/practice/questions/"
                + path.substring("/questions/".length()) + "\">Your answers, bookmark and notes</a></p>";
    }
}
