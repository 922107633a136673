package dk.medhearing.formguard;

import java.util.Set;

/** What a deployed form lets a user submit: its editable fields; its read-only fields are shown, never stored. */
record FormSpec(String formKey, Set<String> editable, Set<String> readOnly) {
}
