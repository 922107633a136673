package dk.medhearing.formguard;

import dk.medhearing.kit.ProcessValues;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;

import java.util.List;
import java.util.Map;

/**
 * A submitted text longer than a Camunda String variable holds ({@link ProcessValues#STRING_VARIABLE_LIMIT}) is passed to the task's listener as
 * a transient variable: it lives for this command only, and the listener stores it in our tables. Its task-local
 * prefill is removed first (the engine refuses to turn a stored variable transient).
 */
final class LongTexts {

    private LongTexts() {}

    /** For a task form ({@code task}) or a start form ({@code task == null}). */
    static void keepOutOfVariables(TaskEntity task, Map<String, Object> values) {
        if (values == null) {
            return;
        }
        for (String name : List.copyOf(values.keySet())) {
            Object value = values.get(name);
            String text = value instanceof StringValue s ? s.getValue() : value instanceof String s ? s : null;
            if (text != null && text.length() > ProcessValues.STRING_VARIABLE_LIMIT) {
                if (task != null && task.hasVariableLocal(name)) {
                    task.removeVariableLocal(name);
                }
                values.put(name, Variables.stringValue(text, true));
            }
        }
    }
}
