package dev.prepstack.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat answers itself, for requests it refuses before the application sees them (a path whose
 * percent-encoding is broken, a character not allowed in the request target, headers over the size
 * limit): Problem Details under {@code /api/}, a short page in plain words elsewhere, instead of
 * Tomcat's own HTML report. It replaces Tomcat's {@link ErrorReportValve} on the host, so it only
 * writes where that valve would have: an error that no application error page has answered.
 */
final class ServerErrorReport extends ErrorReportValve {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>That request did not work — Prepstack</title>
            <link rel="stylesheet" href="/css/prepstack.css">
            </head>
            <body>
            <main>
            <h1>That request did not work</h1>
            <p class="lead">%d %s</p>
            <p>The address or the request is not valid, so the server could not read it. Check the \
            address, or start again from the home page.</p>
            <p><a href="/">Go to the home page</a></p>
            </main>
            </body>
            </html>
            """;

    ServerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // The same guards as Tomcat's own report: an error, nothing written yet, not reported before.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            String body;
            if (isApi(request, throwable)) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                body = "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status + ",\"detail\":\""
                        + detail(status) + "\"}";
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                response.setHeader(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; "
                                + "frame-ancestors 'none'");
                body = PAGE.formatted(status, reason);
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body; nothing more to say.
        }
    }

    /**
     * Whether the refused request was for the API. The raw request target is all there is (nothing
     * was decoded or mapped). When the request line itself could not be parsed, Tomcat has no target,
     * but its exception quotes it ("Invalid character found in the request target [...]"); failing
     * that, a client asking for JSON gets JSON.
     */
    static boolean isApi(Request request, Throwable throwable) {
        String target = request.getCoyoteRequest().requestURI().toString();
        if (target != null && !target.isEmpty()) {
            return target.startsWith("/api/");
        }
        if (throwable != null && throwable.getMessage() != null) {
            String message = throwable.getMessage();
            int quoted = message.indexOf("request target [");
            if (quoted >= 0) {
                return message.startsWith("/api/", quoted + "request target [".length());
            }
        }
        String accept = request.getHeader("Accept");
        return accept != null
                && accept.toLowerCase(Locale.ROOT).contains("json")
                && !accept.toLowerCase(Locale.ROOT).contains("html");
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its address or headers are not valid HTTP.";
            case 414 -> "The request's address is too long.";
            case 431 -> "The request's headers are too large.";
            default -> "The server refused the request before it reached the API.";
        };
    }
}
