package dk.medhearing.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does with cookies and redirects, over plain HTTP: one cookie jar per host (ports share it, as in a
 * browser, so two nodes on {@code localhost} see the same session cookie, as behind a balancer without affinity;
 * the provider on {@code 127.0.0.1} keeps its own), {@code Secure} cookies sent over http too (the nodes run
 * {@code prod}), redirects followed one by one and remembered ({@link Visit#trail()}).
 */
final class CookieBrowser {

    static final String PAGE = "text/html,application/xhtml+xml";
    static final String XHR = "application/json, text/plain, */*";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, Map<String, String>> jars = new LinkedHashMap<>();

    /** One step after another: the answers on the way (status and URI) and the last one. */
    record Visit(List<String> trail, HttpResponse<String> last) {

        URI uri() {
            return last.uri();
        }

        int status() {
            return last.statusCode();
        }
    }

    /** A GET with this Accept header, following redirects (at most 10). */
    Visit get(String url, String accept) {
        return follow(request(URI.create(url), accept).GET().build());
    }

    /** One GET as a page navigation, redirects not followed: where it sends the browser next. */
    URI step(String url) {
        HttpResponse<String> response =
                send(request(URI.create(url), PAGE).GET().build());
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect from " + url + ": " + response.statusCode()));
        return response.uri().resolve(location);
    }

    /** A form POST (the provider's login form), following redirects. */
    Visit postForm(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(request(uri, PAGE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The value of a cookie this browser holds for a host, or {@code null}. */
    String cookie(String host, String name) {
        return jars.getOrDefault(host, Map.of()).get(name);
    }

    private Visit follow(HttpRequest first) {
        List<String> trail = new ArrayList<>();
        HttpRequest request = first;
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = send(request);
            trail.add(response.statusCode() + " " + response.uri());
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Visit(trail, response);
            }
            request = request(
                            response.uri().resolve(location),
                            first.headers().firstValue("Accept").orElse(PAGE))
                    .GET()
                    .build();
        }
        throw new AssertionError("More than 10 redirects: " + trail);
    }

    private HttpRequest.Builder request(URI uri, String accept) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept);
        Map<String, String> jar = jars.getOrDefault(uri.getHost(), Map.of());
        if (!jar.isEmpty()) {
            builder.header(
                    "Cookie",
                    jar.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> jar = jars.computeIfAbsent(request.uri().getHost(), host -> new LinkedHashMap<>());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
