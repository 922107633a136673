package dk.medhearing.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Expressions in queries, tried as an attacker would send them: every encoding is refused for non-admins. */
class ExpressionInjectionIT extends AbstractProcessTest {

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityService identityService;

    @TempDir
    Path temp;

    private final List<String> filtersToDelete = new ArrayList<>();

    @BeforeEach
    void startAHearing() {
        driver.start(HearingDriver.newReference(), List.of("amc"));
    }

    @AfterEach
    void deleteFilters() {
        filtersToDelete.forEach(filterService::deleteFilter);
    }

    /** An expression that creates {@code file} when the engine evaluates it. */
    static String probe(Path file) {
        return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                + file.toString().replace("\\", "/") + "').createNewFile()}";
    }

    @Test
    void shouldRefuseAnEscapedKeyAndAnEscapedDollar() {
        Path file = temp.resolve("escaped");
        String body = "{\"or\\u0051ueries\":[{\"candidateGroupExpression\":\"\\u0024"
                + probe(file).substring(1) + "\"}]}";

        ResponseEntity<String> response = post("anders.friis", "/engine-rest/task", body);

        assertRefused(response);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseABodyOverItsLimitBeforeTheEngineReadsIt() {
        Path file = temp.resolve("long");
        String body = "{\"orQueries\":[{\"candidateGroupExpression\":\"" + probe(file) + "\"}],\"name\":\""
                + "x".repeat(1024 * 1024) + "\"}";

        ResponseEntity<String> response = post("anders.friis", "/engine-rest/task", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("for stor");
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseAHashExpression() {
        ResponseEntity<String> response = post(
                "anders.friis",
                "/engine-rest/task",
                "{\"orQueries\":[{\"candidateGroupExpression\":\"#{'amc-chair'}\"}]}");

        assertRefused(response);
    }

    @Test
    void shouldRefuseAUtf16Body() {
        Path file = temp.resolve("utf16");
        byte[] body = ("{\"orQueries\":[{\"candidateGroupExpression\":\"" + probe(file) + "\"}]}")
                .getBytes(StandardCharsets.UTF_16BE);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = as("anders.friis")
                .exchange(url("/engine-rest/task"), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertRefused(response);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseAnExpressionInTheQueryString() {
        Path file = temp.resolve("query-string");
        URI uri = URI.create(url("/engine-rest/task?candidateGroupExpression="
                + URLEncoder.encode(probe(file), StandardCharsets.UTF_8)));

        ResponseEntity<String> response = as("anders.friis").getForEntity(uri, String.class);

        assertRefused(response);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseTaskCount() {
        Path file = temp.resolve("count");

        ResponseEntity<String> response = post(
                "anders.friis",
                "/engine-rest/task/count",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + probe(file) + "\"}]}");

        assertRefused(response);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseAStoredFilterWithAnExpressionInAnOrQuery() {
        Path file = temp.resolve("stored-filter");
        String filterId = storedFilterReadableByAll(probe(file));

        ResponseEntity<String> list = post("anders.friis", "/engine-rest/filter/" + filterId + "/list", "{}");
        ResponseEntity<String> count =
                as("anders.friis").getForEntity(url("/engine-rest/filter/" + filterId + "/count"), String.class);

        assertRefused(list);
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseAnExtendingQueryWithAnExpressionOnAStartupFilter() {
        Path file = temp.resolve("extending");
        String filterId = filterService
                .createFilterQuery()
                .filterName("Mine opgaver")
                .singleResult()
                .getId();

        ResponseEntity<String> response = post(
                "anders.friis",
                "/engine-rest/filter/" + filterId + "/list",
                "{\"orQueries\":[{\"candidateGroupExpression\":\"\\u0024"
                        + probe(file).substring(1) + "\"}]}");

        assertRefused(response);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseTheWebappsEngineApiWithATasklistSession() throws Exception {
        Path file = temp.resolve("webapp");
        WebappSession session = WebappSession.login(engine, port, "anders.friis", "demo", "tasklist");

        var response = session.postJson(
                "/camunda/api/engine/engine/default/task",
                "{\"or\\u0051ueries\":[{\"candidateGroupExpression\":\"\\u0024"
                        + probe(file).substring(1) + "\"}]}");
        var allowed = session.postJson("/camunda/api/engine/engine/default/task", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("udtryk");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldStillLetMembersUseTheStartupFilters() {
        String filterId = filterService
                .createFilterQuery()
                .filterName("Mine udvalgs opgaver")
                .singleResult()
                .getId();

        ResponseEntity<String> response = post("anders.friis", "/engine-rest/filter/" + filterId + "/list", "{}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("Task_ScheduleMeeting");
    }

    @Test
    void shouldShowTheProbeIsRealBecauseAnAdminMayStillUseExpressions() throws Exception {
        Path file = temp.resolve("admin");

        try {
            driver.as("admin", () -> taskService
                    .createTaskQuery()
                    .or()
                    .taskCandidateGroupExpression(probe(file))
                    .endOr()
                    .list());
        } catch (RuntimeException expected) {
            // the expression's value is no group id; the point is that it was evaluated
        }

        assertThat(file).exists();
    }

    @Test
    void shouldLetAnAdminEditAStartupFilterThroughTheRestApi() throws Exception {
        String filterId = filterService
                .createFilterQuery()
                .filterName("Mine opgaver")
                .singleResult()
                .getId();
        String original = as("admin").getForObject(url("/engine-rest/filter/" + filterId), String.class);
        assertThat(original).contains("${currentUser()}");

        ResponseEntity<String> edited = put(
                "admin", "/engine-rest/filter/" + filterId, withDescription(original, "Redigeret af administrator"));

        try {
            assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(filterService.getFilter(filterId).getProperties())
                    .containsEntry("description", "Redigeret af administrator");
        } finally {
            put("admin", "/engine-rest/filter/" + filterId, original);
        }
    }

    @Test
    void shouldLetAnAdminEditAStartupFilterInTasklist() throws Exception {
        String filterId = filterService
                .createFilterQuery()
                .filterName("Mine udvalgs opgaver")
                .singleResult()
                .getId();
        WebappSession session = WebappSession.login(engine, port, "admin", "demo", "tasklist");
        String original = session.get("/camunda/api/engine/engine/default/filter/" + filterId)
                .body();

        var edited = session.putJson(
                "/camunda/api/engine/engine/default/filter/" + filterId,
                withDescription(original, "Redigeret i Tasklist"));

        try {
            assertThat(edited.statusCode()).isEqualTo(204);
        } finally {
            session.putJson("/camunda/api/engine/engine/default/filter/" + filterId, original);
        }
    }

    private static String withDescription(String filterJson, String description) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = (ObjectNode) mapper.readTree(filterJson);
        ((ObjectNode) node.get("properties")).put("description", description);
        return mapper.writeValueAsString(node);
    }

    private ResponseEntity<String> put(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(url(path), HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    private String storedFilterReadableByAll(String expression) {
        Filter filter = filterService
                .newTaskFilter("Ondsindet filter " + System.nanoTime())
                .setQuery(taskService
                        .createTaskQuery()
                        .or()
                        .taskCandidateGroupExpression(expression)
                        .endOr());
        filterService.saveFilter(filter);
        filtersToDelete.add(filter.getId());
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        read.setUserId(Authorization.ANY);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
        return filter.getId();
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(url(path), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static void assertRefused(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("udtryk");
    }
}
