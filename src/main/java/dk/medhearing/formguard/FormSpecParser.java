package dk.medhearing.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of a Camunda Form (form-js JSON): every component with a {@code key}, inside groups too; a group
 * or dynamic list with a {@code path} submits one variable named by the path's first segment. Read-only and disabled
 * fields are only shown. The documented API fields of a form are added to its editable ones.
 */
final class FormSpecParser {

    /** Fields API clients may send instead of the form's own (README, "REST API"). */
    static final Map<String, Set<String>> API_FIELDS = Map.of(
            "schedule-committee-meeting", Set.of("meetingStart"),
            "record-minutes", Set.of("meetingStart"),
            "record-dialogue-minutes", Set.of("minutes", "followUpActions"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormSpecParser() {
    }

    static FormSpec parse(InputStream form) throws IOException {
        JsonNode root = JSON.readTree(form);
        String id = root.path("id").asText("");
        Set<String> editable = new TreeSet<>(API_FIELDS.getOrDefault(id, Set.of()));
        Set<String> readOnly = new TreeSet<>();
        collect(root.path("components"), editable, readOnly);
        readOnly.removeAll(editable);
        return new FormSpec(id, Set.copyOf(editable), Set.copyOf(readOnly));
    }

    private static void collect(JsonNode components, Set<String> editable, Set<String> readOnly) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            String key = component.path("key").asText("");
            boolean shownOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            String name = !path.isBlank() ? path : key;
            if (!name.isBlank()) {
                (shownOnly ? readOnly : editable).add(name.split("\\.")[0]);
            } else if (component.has("components")) {
                collect(component.path("components"), editable, readOnly);
            }
        }
    }
}
