package dev.prepstack.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A render kept in memory: the body is buffered, and the headers that must never be stored or
 * replayed to another visitor (cookies) or that the page cache decides itself (Cache-Control, Pragma,
 * Expires) are held back. If the page turns out not to be cacheable, {@link #release()} passes
 * everything on unchanged; before an error or a redirect is sent, held headers go out first.
 */
final class CapturedResponse extends ContentCachingResponseWrapper {

    private static final List<String> HELD = List.of("set-cookie", "cache-control", "pragma", "expires");

    private final List<Map.Entry<String, String>> held = new ArrayList<>();
    private final List<Cookie> cookies = new ArrayList<>();
    private boolean released;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    private boolean holds(String name) {
        return !released && HELD.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public void setHeader(String name, String value) {
        if (holds(name)) {
            held.removeIf(e -> e.getKey().equalsIgnoreCase(name));
            held.add(Map.entry(name, value));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (holds(name)) {
            held.add(Map.entry(name, value));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (holds(name)) {
            setHeader(name, httpDate(date));
        } else {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (holds(name)) {
            addHeader(name, httpDate(date));
        } else {
            super.addDateHeader(name, date);
        }
    }

    private static String httpDate(long millis) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC));
    }

    @Override
    public void addCookie(Cookie cookie) {
        if (released) {
            super.addCookie(cookie);
        } else {
            cookies.add(cookie);
        }
    }

    @Override
    public boolean containsHeader(String name) {
        return held.stream().anyMatch(e -> e.getKey().equalsIgnoreCase(name)) || super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        return held.stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> super.getHeader(name));
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passHeldHeaders();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passHeldHeaders();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passHeldHeaders();
        super.sendRedirect(location);
    }

    /** The cookies the render set, as header values and as cookie objects (names only matter). */
    List<String> setCookies() {
        List<String> all = new ArrayList<>();
        held.stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie")).forEach(e -> all.add(e.getValue()));
        cookies.forEach(c -> all.add(c.getName() + "=" + c.getValue()));
        return all;
    }

    /** Not cacheable after all: the visitor gets the response exactly as rendered. */
    void release() throws IOException {
        passHeldHeaders();
        copyBodyToResponse();
    }

    private void passHeldHeaders() {
        if (released) {
            return;
        }
        released = true;
        HttpServletResponse target = (HttpServletResponse) getResponse();
        for (var header : held) {
            target.addHeader(header.getKey(), header.getValue());
        }
        cookies.forEach(target::addCookie);
    }
}
