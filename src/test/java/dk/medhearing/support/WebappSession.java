package dk.medhearing.support;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session in Camunda's webapps: logged in through the login API, with the CSRF token they need. */
public final class WebappSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrfToken;

    private WebappSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * Logs in to {@code app}. The webapps look the engine up in Camunda's runtime container by name; a test that starts
     * and stops a second application in this JVM can leave it unregistered there, so it is registered again first.
     */
    public static WebappSession login(ProcessEngine engine, int port, String user, String password, String app)
            throws IOException, InterruptedException {
        RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            System.out.println("Re-registering engine " + engine.getName() + " in the runtime container; had "
                    + container.getProcessEngineService().getProcessEngineNames());
            container.registerProcessEngine(engine);
        }
        WebappSession session = new WebappSession(port);
        session.get("/camunda/app/" + app + "/default/");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.client.send(
                session.withCsrf(HttpRequest.newBuilder(
                                session.uri("/camunda/api/admin/auth/user/default/login/" + app)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        // a new session after login: a GET gives it its own CSRF token
        session.get("/camunda/api/admin/auth/user/default");
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                withCsrf(HttpRequest.newBuilder(uri(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
        return response;
    }

    public HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return client.send(
                withCsrf(HttpRequest.newBuilder(uri(path)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> putJson(String path, String body) throws IOException, InterruptedException {
        return client.send(
                withCsrf(HttpRequest.newBuilder(uri(path)))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        String token = csrfToken != null
                ? csrfToken
                : cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .map(HttpCookie::getValue)
                        .reduce((a, b) -> b)
                        .orElse(null);
        return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
