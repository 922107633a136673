package dk.medhearing.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description of /api is the code's: every route of our controllers under /api is in the document and
 * every route in the document is a controller's; every record a route takes or answers with has exactly the fields
 * in its schema that it has in its JSON; the error answers carry {@code ApiError}; and the document is for logged-in users.
 */
class OpenApiIT extends AbstractIntegrationTest {

    private static final String DOCUMENT = "/api/openapi.json";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private ObjectMapper objectMapper;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldDescribeEveryRouteOfTheApiAndNothingElse() throws Exception {
        // given the routes our controllers serve under /api
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("dk.medhearing")) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                if (path.startsWith("/api/")) {
                    entry.getKey()
                            .getMethodsCondition()
                            .getMethods()
                            .forEach(method -> routes.add(method.name() + " " + path));
                }
            }
        }

        // when a logged-in user reads the description
        JsonNode document = document("anders.friis");

        // then it lists exactly those routes, each with a Danish summary and the error body
        Set<String> described = new TreeSet<>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    described.add(op.getKey().toUpperCase() + " " + path.getKey());
                    assertThat(op.getValue().path("summary").asText())
                            .as(op.getKey() + " " + path.getKey())
                            .isNotBlank();
                    assertThat(op.getValue()
                                    .at("/responses/400/content/application~1json/schema/$ref")
                                    .asText())
                            .endsWith("/ApiError");
                }));
        assertThat(described).isEqualTo(routes).isNotEmpty();
        assertThat(document.at("/info/title").asText()).isEqualTo("MED-høringer");
    }

    @Test
    void shouldListExactlyTheFieldsOfEachRecordItDescribes() throws Exception {
        // given the description's schemas
        JsonNode schemas = document("karen.holm").at("/components/schemas");

        // then each schema made from one of our records has exactly the fields its JSON has
        int checked = 0;
        for (var names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Class<?> type = recordNamed(name);
            if (type == null) {
                continue;
            }
            Set<String> fields = new HashSet<>();
            schemas.get(name).path("properties").fieldNames().forEachRemaining(fields::add);
            Set<String> serialized = new HashSet<>();
            objectMapper
                    .getSerializationConfig()
                    .introspect(objectMapper.constructType(type))
                    .findProperties()
                    .forEach(p -> serialized.add(p.getName()));
            assertThat(fields).as(name).isEqualTo(serialized);
            checked++;
        }
        assertThat(checked).as("records checked").isGreaterThanOrEqualTo(5);
        assertThat(schemas.has("HearingInput")).isTrue();
        assertThat(schemas.has("HearingStatus")).isTrue();
        assertThat(schemas.has("ApiError")).isTrue();
    }

    @Test
    void shouldServeTheDescriptionOnlyToLoggedInUsers() {
        ResponseEntity<String> response = anonymous.getForEntity(url(DOCUMENT), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .getForEntity(url("/swagger-ui/index.html"), String.class)
                        .getStatusCode())
                .isNotEqualTo(HttpStatus.OK);
    }

    private JsonNode document(String user) throws Exception {
        ResponseEntity<String> response = as(user).getForEntity(url(DOCUMENT), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** Our record whose simple name (or nested Outer.Inner name, as springdoc writes it) is {@code schema}. */
    private static Class<?> recordNamed(String schema) {
        for (String module : new String[] {
            "hearing",
            "calendar",
            "dialogue",
            "dialogue.api",
            "document",
            "mail",
            "schedule",
            "web",
            "calendar.CalendarController",
            "mail.MailboxController",
            "hearing.HearingStatus",
            "hearing.HearingInput",
            "dialogue.api.DialogueStatus",
            "schedule.ScheduleView"
        }) {
            for (String separator : new String[] {".", "$"}) {
                try {
                    Class<?> type = Class.forName("dk.medhearing." + module + separator + schema);
                    return type.isRecord() ? type : null;
                } catch (ClassNotFoundException e) {
                    // not in this package
                }
            }
        }
        return null;
    }
}
