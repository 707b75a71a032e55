package dev.prepstack.myquestions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Multipart file uploads, as a browser or an API client sends them. */
final class Uploads {

    private Uploads() {}

    record Response(int status, String contentType, String body) {}

    /** With a bearer token (the API). */
    static Response withToken(int port, String token, String path, String fileName, byte[] bytes) {
        return send(port, HttpClient.newHttpClient(), "Bearer " + token, path, fileName, bytes, Map.of());
    }

    /** With a browser's session cookies and a CSRF token (the pages). */
    static Response withSession(
            int port, CookieManager cookies, String csrf, String path, String fileName, byte[] bytes) {
        var client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return send(port, client, null, path, fileName, bytes, Map.of("_csrf", csrf));
    }

    private static Response send(
            int port,
            HttpClient client,
            String authorization,
            String path,
            String fileName,
            byte[] bytes,
            Map<String, String> fields) {
        String boundary = "----prepstack" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
