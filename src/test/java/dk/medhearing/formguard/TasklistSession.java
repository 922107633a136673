package dk.medhearing.formguard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like Tasklist session: logged in through the webapps' login API, sending the CSRF token they need. */
final class TasklistSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private TasklistSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * Logs in. The webapps look the engine up in Camunda's runtime container by name; a test that starts and stops a
     * second application in this JVM (OrganisationStartupFailureIT) can leave it unregistered there, so it is
     * registered again first.
     */
    static TasklistSession login(int port, String user, org.camunda.bpm.engine.ProcessEngine engine)
            throws IOException, InterruptedException {
        org.camunda.bpm.container.RuntimeContainerDelegate container =
                org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            System.out.println("Re-registering engine " + engine.getName() + " in the runtime container; had "
                    + container.getProcessEngineService().getProcessEngineNames());
            container.registerProcessEngine(engine);
        }
        TasklistSession session = new TasklistSession(port);
        session.client.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> login = session.client.send(session.withCsrf(HttpRequest.newBuilder(
                        session.uri("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        // a new session after login: a GET gives it its own CSRF token
        session.client.send(session.withCsrf(HttpRequest.newBuilder(
                session.uri("/camunda/api/engine/engine/default/user/" + user + "/profile"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return session;
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return client.send(withCsrf(HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((a, b) -> b).ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
        return builder;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
