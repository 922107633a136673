package dk.medhearing.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of a Camunda Form (form-js JSON): every component with a {@code key}, inside groups too; a group
 * or dynamic list with a {@code path} submits one variable named by the path's first segment. Read-only and disabled
 * fields are only shown. The documented API fields of a form are added to its editable ones. A text field
 * ({@code textfield}) is single-line; the label of a date or time field is its {@code dateLabel}/{@code timeLabel}.
 */
final class FormSpecParser {

    /** Fields API clients may send instead of the form's own (docs/api.md). */
    static final Map<String, Set<String>> API_FIELDS = Map.of(
            "schedule-committee-meeting", Set.of("meetingStart"),
            "record-minutes", Set.of("meetingStart"),
            "record-dialogue-minutes", Set.of("minutes", "followUpActions"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormSpecParser() {}

    static FormSpec parse(InputStream form) throws IOException {
        JsonNode root = JSON.readTree(form);
        String id = root.path("id").asText("");
        Set<String> editable = new TreeSet<>(API_FIELDS.getOrDefault(id, Set.of()));
        Set<String> readOnly = new TreeSet<>();
        Map<String, String> labels = new HashMap<>();
        Set<String> singleLine = new HashSet<>();
        collect(root.path("components"), editable, readOnly, labels, singleLine);
        readOnly.removeAll(editable);
        return new FormSpec(id, Set.copyOf(editable), Set.copyOf(readOnly), labels, singleLine);
    }

    private static void collect(
            JsonNode components,
            Set<String> editable,
            Set<String> readOnly,
            Map<String, String> labels,
            Set<String> singleLine) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            String key = component.path("key").asText("");
            boolean shownOnly = component.path("readonly").asBoolean(false)
                    || component.path("disabled").asBoolean(false);
            String name = !path.isBlank() ? path : key;
            if (!name.isBlank()) {
                String field = name.split("\\.")[0];
                (shownOnly ? readOnly : editable).add(field);
                label(component).ifPresent(label -> labels.putIfAbsent(field, label));
                if ("textfield".equals(component.path("type").asText())) {
                    singleLine.add(field);
                }
            } else if (component.has("components")) {
                collect(component.path("components"), editable, readOnly, labels, singleLine);
            }
        }
    }

    private static Optional<String> label(JsonNode component) {
        for (String property : List.of("label", "dateLabel", "timeLabel")) {
            String label = component.path(property).asText("").trim();
            if (!label.isEmpty()) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
