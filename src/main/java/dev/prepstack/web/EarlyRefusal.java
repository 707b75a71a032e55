package dev.prepstack.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * A 400 written by a servlet filter, before Spring MVC and its exception handlers run: Problem Details
 * for the API, a plain sentence for pages. The detail texts are constants of the filters (no escaping).
 */
final class EarlyRefusal {

    private EarlyRefusal() {}

    static void badRequest(HttpServletRequest request, HttpServletResponse response, String apiDetail, String pageText)
            throws IOException {
        response.setStatus(400);
        response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                            + apiDetail + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(pageText);
        }
    }
}
