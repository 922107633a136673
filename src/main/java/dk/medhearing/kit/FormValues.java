package dk.medhearing.kit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

import java.util.Map;

/**
 * Reading what a form submitted and prefilling a form's fields. Form fields are task-local: prefilled when the task
 * is created, read (and stored in our tables) when it is completed.
 */
public final class FormValues {

    private FormValues() {}

    /** A variable's text, trimmed; {@code null} when missing or blank. */
    public static String text(VariableScope scope, String name) {
        return Texts.trimmed(scope.getVariable(name));
    }

    /**
     * A submitted form field. Tasklist submits forms to the task ({@code submit-form}), so the value replaces the
     * task-local prefill; {@code POST /task/{id}/complete} sets variables on the execution instead: such a value
     * wins and is removed from the process again, which keeps only keys and decisions.
     */
    public static Object formValue(DelegateTask task, String name) {
        DelegateExecution execution = task.getExecution();
        if (execution.hasVariable(name)) {
            Object submitted = execution.getVariable(name);
            execution.removeVariable(name);
            return submitted;
        }
        return task.getVariableLocal(name);
    }

    /** A submitted form field's text, trimmed; {@code null} when missing or blank. */
    public static String text(DelegateTask task, String name) {
        return Texts.trimmed(formValue(task, name));
    }

    /** A submitted checkbox. */
    public static boolean flag(DelegateTask task, String name) {
        Object value = formValue(task, name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /**
     * Sets every given form field that has a value on the task itself, so what the form submits stays task-local (a
     * submitted field without one is set on the task when the form is submitted: the form guard does it). An empty
     * field is set (to {@code null}) only where a variable of its name is visible from the task, so the form does not
     * show the process's value. A text longer than a String variable holds (4,000 characters) is set as a
     * JSON-serialised value, which has no such limit. A text is prefilled without the characters the form guard
     * refuses ({@link Texts#xmlSafe}): a text stored before the rule can be sent back unchanged.
     */
    public static void prefill(DelegateTask task, Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            if (value == null && !task.hasVariable(name)) {
                return;
            }
            Object shown = value instanceof String text ? Texts.xmlSafe(text) : value;
            task.setVariableLocal(
                    name,
                    shown instanceof String text && text.length() > ProcessValues.STRING_VARIABLE_LIMIT
                            ? Variables.objectValue(text)
                                    .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                                    .create()
                            : shown);
        });
    }
}
