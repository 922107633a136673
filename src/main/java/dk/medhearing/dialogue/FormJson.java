package dk.medhearing.dialogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JSON values of the dialogue forms and API: a dynamic list or checklist from Tasklist, JSON text or Java
 * collections from a program. Rows are read leniently into typed records, as a guard must: a value of the wrong
 * JSON type counts as not filled in (the rules then name the field), never as a server error.
 */
public final class FormJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormJson() {}

    /** The value as a Jackson tree; {@code null} when nothing was submitted. */
    public static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof SpinJsonNode spin) {
                return JSON.readTree(spin.toString());
            }
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return JSON.valueToTree(value);
            }
            String text = value.toString().trim();
            if (text.startsWith("[") || text.startsWith("{")) {
                return JSON.readTree(text);
            }
            return JSON.getNodeFactory().textNode(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(value.toString());
        }
    }

    /** A JSON value for a form's dynamic list, as Tasklist submits and shows it. */
    public static TypedValue value(Object value) {
        return SpinValues.jsonValue(Spin.JSON(JSON.valueToTree(value).toString()))
                .create();
    }

    /**
     * The submitted rows as records, or {@code null} when the value is not a JSON list (then the form's text is
     * read instead). A row that is not a JSON object is an empty row.
     */
    public static <T> List<T> rows(Object value, Class<T> type) {
        JsonNode node = tree(value);
        if (node == null || !node.isArray()) {
            return null;
        }
        List<T> rows = new ArrayList<>();
        for (JsonNode row : node) {
            rows.add(JSON.convertValue(row.isObject() ? row : JSON.createObjectNode(), type));
        }
        return rows;
    }

    /** Trimmed text; {@code null} when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Any JSON value as its text (a list or an object has none); records clean it. */
    public static final class Text extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node == null || node.isNull() ? null : node.asText();
        }
    }

    /** A whole number, or {@code null} when the value is not one. */
    public static final class Number extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node == null) {
                return null;
            }
            int value = node.asInt(0);
            return value == node.asInt(1) ? value : null;
        }
    }

    /** True, "true" or a non-zero number; anything else is false. */
    public static final class Flag extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node != null && node.asBoolean(false);
        }

        @Override
        public Boolean getNullValue(DeserializationContext context) {
            return Boolean.FALSE;
        }
    }
}
