package dk.medhearing.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A REST client of a running app (e.g. a {@link PackagedApp}) acting as the demo users (password {@code demo},
 * HTTP Basic), doing what Tasklist does: find a task, claim it, submit its form.
 */
public final class AppClient {

    /** An answer: status and body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public AppClient(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(180));
    }

    /** A client whose requests give up (status -1) after {@code timeout}. */
    public AppClient(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    public Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Answer post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    /** A POST with headers of its own, e.g. an action header such as {@code X-Medhearing-Action}. */
    public Answer post(String user, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(request::header);
            return send(user, request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public JsonNode json(Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + answer.status() + "): " + answer.body(), e);
        }
    }

    /** The id of the task {@code taskKey} of hearing {@code reference} that {@code user} sees, or {@code null}. */
    public String findTask(String user, String reference, String taskKey) {
        Answer answer = get(
                user,
                "/engine-rest/task?processInstanceBusinessKey=" + encode(reference) + "&taskDefinitionKey="
                        + encode(taskKey));
        if (!answer.ok()) {
            throw new AssertionError("Task query as " + user + ": " + answer);
        }
        JsonNode tasks = json(answer);
        return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }

    /** Claims and submits the task as Tasklist does; returns the submit's answer (204 when completed). */
    public Answer claimAndSubmit(String user, String taskId, Map<String, Object> fields) {
        Answer claimed = post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
        if (!claimed.ok()) {
            return claimed;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private Answer send(String user, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Basic " + credentials)
                            .timeout(timeout)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
