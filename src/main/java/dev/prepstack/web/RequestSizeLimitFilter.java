package dev.prepstack.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies at 256 KB: ample for the largest allowed text (20,000 characters) and far
 * below what would strain memory. Declared sizes above the cap get 413 at once; bodies that grow
 * past it while being read fail as unreadable (400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 256 * 1024;
    // A backup holds a whole installation; only administrators can send one (and the endpoint streams it).
    static final String RESTORE_PATH = "/api/v1/admin/restore";
    // Imports of own questions take files of up to 5 MB (the module checks the file itself again).
    static final java.util.Set<String> IMPORT_PATHS = java.util.Set.of(
            "/api/v1/me/questions/import-preview", "/api/v1/me/questions/imports", "/my-questions/import");
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024 + 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return RESTORE_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = IMPORT_PATHS.contains(request.getRequestURI()) ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
        if (request.getContentLengthLong() > max) {
            response.setStatus(413);
            if (request.getRequestURI().startsWith("/api/")) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                + "\"detail\":\"Request bodies are limited to " + max + " bytes.\"}");
            } else {
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter().write("Request too large.");
            }
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new IOException("request body larger than " + max + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (read += n) > max) {
                        throw new IOException("request body larger than " + max + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
