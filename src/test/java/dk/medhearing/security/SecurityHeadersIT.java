package dk.medhearing.security;

import dk.medhearing.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the app gives may not be framed and may not be sniffed: each route of our controllers (read from
 * Spring's handler mapping, so a new route is covered without touching this test), anonymous and logged in, the
 * error answers, and Camunda's webapps and engine REST API.
 */
class SecurityHeadersIT extends AbstractIntegrationTest {

    private static final List<String> WEBAPP_PATHS = List.of(
            "/",
            "/camunda/",
            "/camunda/app/",
            "/camunda/app/tasklist",
            "/camunda/app/tasklist/default/",
            "/camunda/app/cockpit/default/",
            "/camunda/app/admin/default/",
            "/camunda/app/welcome/default/",
            "/camunda/api/engine/engine/",
            "/camunda/api/admin/auth/user/default",
            "/engine-rest/engine",
            "/engine-rest/task",
            "/medhearing.css",
            "/error",
            "/does-not-exist",
            // the mailbox pages exist only with the embedded SMTP server (off in tests): their 404 is checked here
            "/mailbox",
            "/api/mailbox");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldForbidFramingAndSniffingOnEveryRouteOfOurs() throws Exception {
        // given every route our controllers map
        List<String[]> routes = ourRoutes();
        assertThat(routes)
                .extracting(r -> r[1])
                .contains(
                        "/status",
                        "/status/tidsplan",
                        "/status/mail",
                        "/api/hearings",
                        "/api/hearings/BIF-2026-0001/document.html",
                        "/api/calendar/add");

        // when each is asked for anonymously and as an administrator
        for (String[] route : routes) {
            for (String user : new String[] {null, "admin"}) {
                HttpResponse<String> answer = send(route[0], route[1], user);

                // then the answer, whatever its status, carries both headers once
                assertProtected(answer, route[0] + " " + route[1] + " as " + user);
            }
        }
    }

    @Test
    void shouldForbidFramingAndSniffingOnTheWebappsTheEngineApiAndTheErrorAnswers() throws Exception {
        for (String path : WEBAPP_PATHS) {
            for (String user : new String[] {null, "admin"}) {
                assertProtected(send("GET", path, user), "GET " + path + " as " + user);
            }
        }
    }

    private void assertProtected(HttpResponse<String> answer, String what) {
        Map<String, List<String>> headers = answer.headers().map();
        assertThat(answer.headers().allValues("X-Frame-Options"))
                .as(what + " " + headers)
                .containsExactly("DENY");
        assertThat(answer.headers().allValues("X-Content-Type-Options"))
                .as(what + " " + headers)
                .containsExactly("nosniff");
    }

    /** Method and a concrete path of each of our routes, path variables filled in. */
    private List<String[]> ourRoutes() {
        Set<String> seen = new TreeSet<>();
        List<String[]> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("dk.medhearing")) {
                continue;
            }
            Set<String> methods = new TreeSet<>();
            entry.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                String path = pattern.replace("${server.error.path:/error}", "/error")
                        .replace("{reference}", "BIF-2026-0001")
                        .replaceAll("\\{[^}]+}", "1");
                for (String method : methods) {
                    if (seen.add(method + " " + path)) {
                        routes.add(new String[] {method, path});
                    }
                }
            }
        }
        return routes;
    }

    private HttpResponse<String> send(String method, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
