package dk.medhearing.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain HTTP/1.0 client whose connections start from a chosen loopback address (127.0.0.1, 127.0.0.2, ...: all of
 * 127/8 is local on Linux), so the app sees requests from different clients. Java 17's HttpClient cannot choose it.
 */
final class FromAddressClient {

    /** An answer: status, headers (names in lower case, values of repeated headers joined by "\n") and body. */
    record Answer(int status, Map<String, String> headers, String body) {}

    private final String address;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    FromAddressClient(String address, int port) {
        this.address = address;
        this.port = port;
    }

    Answer get(String path, String user, String password) throws IOException {
        return send("GET", path, basic(user, password), null, null);
    }

    Answer postJson(String path, String user, String password, String json) throws IOException {
        return send("POST", path, basic(user, password), "application/json", json);
    }

    /** Tries to log in to a Camunda webapp with its login form, as a browser does (session and CSRF cookie first). */
    Answer webappLogin(String app, String user, String password) throws IOException {
        send("GET", "/camunda/app/" + app + "/default/", null, null, null);
        String csrf = cookies.get("XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(
                "POST",
                "/camunda/api/admin/auth/user/default/login/" + app,
                csrf == null ? null : "X-XSRF-TOKEN: " + csrf,
                "application/x-www-form-urlencoded",
                form);
    }

    private static String basic(String user, String password) {
        return user == null
                ? null
                : "Authorization: Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(String method, String path, String header, String contentType, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request =
                new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
        if (header != null) {
            request.append(header).append("\r\n");
        }
        if (!cookies.isEmpty()) {
            request.append("Cookie: ")
                    .append(String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()))
                    .append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ")
                    .append(contentType)
                    .append("\r\nContent-Length: ")
                    .append(content.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
            socket.setSoTimeout(30000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private Answer parse(InputStream in) throws IOException {
        String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        List<String> lines = new ArrayList<>(List.of(raw.substring(0, end).split("\r\n")));
        int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + "\n" + b);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return new Answer(status, headers, raw.substring(end + 4));
    }
}
