package dk.medhearing.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.support.PackagedApp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * REST without sticky routing, as a load balancer without session affinity: each request goes to the next live
 * node (the nodes by name, in their order). A request a dead node refuses (connection refused) is sent to the next
 * node, as a load balancer's retry would; a request cut off while a node dies under it is reported as
 * {@link NodeLostRequest}. Every answer of 500 or more, and every body naming an OptimisticLockingException, is kept
 * as a failure a user would have seen.
 */
final class RoundRobinClient {

    record Answer(int status, String body, String node) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON from " + node + ": " + body, e);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> names;
    private final List<PackagedApp> nodes;
    private final Map<String, String> passwords;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> userVisibleFailures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> nodesServed = new ConcurrentLinkedQueue<>();

    RoundRobinClient(Map<String, PackagedApp> nodes, Map<String, String> passwords) {
        this.names = new ArrayList<>(nodes.keySet());
        this.nodes = new ArrayList<>(nodes.values());
        this.passwords = passwords;
    }

    Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    Answer post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    Answer put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    /**
     * An operator's retried action (making a timer due): its answers are the caller's to judge, not failures a user
     * saw ({@link #userVisibleFailures}).
     */
    Answer putAsOperator(String user, String path, Object body) {
        return send(user, "PUT", path, body, false);
    }

    Answer send(String user, String method, String path, Object body) {
        return send(user, method, path, body, true);
    }

    private Answer send(String user, String method, String path, Object body, boolean userFacing) {
        IOException last = null;
        for (int attempt = 0; attempt < nodes.size() * 2; attempt++) {
            int n = Math.floorMod(next.getAndIncrement(), nodes.size());
            PackagedApp node = nodes.get(n);
            String name = names.get(n);
            if (!node.isAlive()) {
                continue;
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", basic(user))
                        .header("Accept", "application/json");
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
                }
                HttpResponse<String> response =
                        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                requests.incrementAndGet();
                nodesServed.add(name);
                if (userFacing
                        && (response.statusCode() >= 500
                                || response.statusCode() == 409
                                || response.body().contains("OptimisticLocking"))) {
                    userVisibleFailures.add(
                            method + " " + path + " on " + name + ": " + response.statusCode() + " " + response.body());
                }
                return new Answer(response.statusCode(), response.body(), name);
            } catch (ConnectException e) {
                last = e; // the node is gone: the next node takes the request
            } catch (IOException e) {
                // the node died while it had the request: whether it was done is for the caller to find out
                throw new NodeLostRequest(method + " " + path + " on " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No node answered " + method + " " + path, last);
    }

    List<String> userVisibleFailures() {
        return List.copyOf(userVisibleFailures);
    }

    List<String> nodesServed() {
        return List.copyOf(nodesServed);
    }

    int requests() {
        return requests.get();
    }

    private String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + passwords.get(user)).getBytes(StandardCharsets.UTF_8));
    }

    /** The node died while it had the request: it may or may not have been done. */
    static final class NodeLostRequest extends RuntimeException {
        NodeLostRequest(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
