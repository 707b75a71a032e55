package dev.prepstack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny real-HTTP client for tests: requests go through the servlet container, security filters and
 * error pages. {@link #browser()} keeps cookies like a browser session (for pages and CSRF).
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private final CookieManager cookies;
    private String bearer;

    public Http(int port) {
        this(port, null);
    }

    private Http(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        var builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
    }

    /** A client that keeps cookies between requests, like one browser tab. */
    public static Http browser(int port) {
        return new Http(port, new CookieManager());
    }

    /** Sends "Authorization: Bearer token" with every request from now on. */
    public Http withToken(String token) {
        this.bearer = token;
        return this;
    }

    public CookieManager cookies() {
        return cookies;
    }

    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public java.util.List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        /** The CSRF token of the page's first form. */
        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF field in page");
            }
            return m.group(1);
        }
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json", "application/json");
    }

    public Response getPage(String path) {
        return send("GET", path, null, null, "text/html");
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json", "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json", "application/json");
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json, "application/json", "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null, "application/json");
    }

    /** A page form post (application/x-www-form-urlencoded). */
    public Response postForm(String path, Map<String, String> fields) {
        return send("POST", path, encode(fields), "application/x-www-form-urlencoded", "text/html", Map.of());
    }

    /** A form post as htmx sends it: with the HX-Request header. */
    public Response postHtmx(String path, Map<String, String> fields) {
        return send(
                "POST",
                path,
                encode(fields),
                "application/x-www-form-urlencoded",
                "text/html",
                Map.of("HX-Request", "true"));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> form(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public Response send(String method, String path, String body, String contentType, String accept) {
        return send(method, path, body, contentType, accept, Map.of());
    }

    /** As above, with extra request headers given as name, value, name, value... */
    public Response send(
            String method, String path, String body, String contentType, String accept, String... headers) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            map.put(headers[i], headers[i + 1]);
        }
        return send(method, path, body, contentType, accept, map);
    }

    private Response send(
            String method, String path, String body, String contentType, String accept, Map<String, String> headers) {
        try {
            var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", accept)
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            headers.forEach(builder::header);
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
