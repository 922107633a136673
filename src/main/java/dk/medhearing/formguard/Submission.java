package dk.medhearing.formguard;

import java.util.Collection;
import java.util.Map;

/**
 * The variables a task command would set or remove. {@code form}: a form submission (submit-form, complete, resolve),
 * checked for every authenticated user; otherwise a variable update, checked for non-administrators.
 * {@code values} is the command's own map (null for removals), so the guard can adjust what is stored.
 */
record Submission(String taskId, boolean form, Map<String, Object> values, Collection<String> removals) {}
