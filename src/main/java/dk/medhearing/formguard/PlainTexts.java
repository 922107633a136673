package dk.medhearing.formguard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text a form submission holds keeps {@link InputRules#plainText}: no control characters but tab and line
 * breaks, and no line break in a single-line field of the form (a text field). A JSON value (the dynamic lists, the
 * API's rows) is read and each of its texts checked; the error names the submitted field, by its label.
 */
final class PlainTexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainTexts() {}

    static List<FieldError> check(FormSpec spec, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        if (values == null) {
            return errors;
        }
        // a read-only field is only shown (and dropped): what it shows was stored before, not sent now
        values.forEach((name, value) -> {
            if (!spec.readOnly().contains(name)) {
                firstError(spec, name, value).ifPresent(message -> errors.add(new FieldError(name, message)));
            }
        });
        return errors;
    }

    private static Optional<String> firstError(FormSpec spec, String name, Object value) {
        String label = spec.label(name);
        Object plain =
                value instanceof TypedValue typed && !(value instanceof SerializableValue) ? typed.getValue() : value;
        if (plain instanceof String text) {
            return Optional.ofNullable(
                    InputRules.plainTextError(label, text, spec.singleLine().contains(name)));
        }
        return texts(plain).stream()
                .map(text -> InputRules.plainTextError(label, text, false))
                .filter(message -> message != null)
                .findFirst();
    }

    /** The texts inside a JSON or collection value (keys too); none for other values. */
    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        JsonNode tree = tree(value);
        if (tree != null) {
            collect(tree, texts);
        }
        return texts;
    }

    private static JsonNode tree(Object value) {
        try {
            if (value instanceof SerializableValue serializable) {
                String serialized = serializable.isDeserialized() && serializable.getValue() != null
                        ? serializable.getValue().toString()
                        : serializable.getValueSerialized();
                return serialized == null ? null : JSON.readTree(serialized);
            }
            if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                return JSON.valueToTree(value);
            }
            // a Spin JSON node (SpinJsonNode prints its JSON) without depending on Spin
            return value != null && value.getClass().getName().startsWith("org.camunda.spin")
                    ? JSON.readTree(value.toString())
                    : null;
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            // not JSON: its text as written
            return JSON.getNodeFactory()
                    .textNode(String.valueOf(value instanceof SerializableValue s ? s.getValueSerialized() : value));
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.elements().forEachRemaining(child -> collect(child, texts));
    }
}
