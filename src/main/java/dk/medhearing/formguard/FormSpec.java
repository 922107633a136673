package dk.medhearing.formguard;

import java.util.Map;
import java.util.Set;

/**
 * What a deployed form lets a user submit: its editable fields; its read-only fields are shown, never stored. Each
 * field's label (as the user reads it, for messages) and which fields are single-line text fields.
 */
record FormSpec(
        String formKey,
        Set<String> editable,
        Set<String> readOnly,
        Map<String, String> labels,
        Set<String> singleLine) {

    FormSpec {
        labels = Map.copyOf(labels);
        singleLine = Set.copyOf(singleLine);
    }

    FormSpec(String formKey, Set<String> editable, Set<String> readOnly) {
        this(formKey, editable, readOnly, Map.of(), Set.of());
    }

    /** A form that lets nothing be submitted (a task without a Camunda Form). */
    static FormSpec none() {
        return new FormSpec("", Set.of(), Set.of());
    }

    /** The field's label, or its name when the form gives none. */
    String label(String field) {
        return labels.getOrDefault(field, field);
    }
}
