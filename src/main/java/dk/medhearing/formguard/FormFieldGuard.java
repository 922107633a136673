package dk.medhearing.formguard;

import dk.medhearing.web.FieldError;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before the command runs (so nothing changes), any task command of an authenticated user that would set or
 * remove a variable outside the task's form: submit-form, complete and resolve for everybody, task variable updates
 * for all but Camunda administrators. Read-only fields of a submitted form are dropped. A task ends only through its
 * form: a BPMN error or escalation thrown at a task (which would set any variable and, with no event to catch it, end
 * the task's execution) is refused; our processes catch none. Every submitted text, of a task form, a task variable
 * update or a start form, keeps the text rules ({@link PlainTexts}). Engine-internal calls (no authenticated user)
 * pass.
 */
class FormFieldGuard extends CommandInterceptor {

    static final String REJECTED = "Opgaven blev ikke gemt";
    static final String START_REJECTED = "Formularen blev ikke sendt";

    private final FormFields formFields;

    FormFieldGuard(FormFields formFields) {
        this.formFields = formFields;
    }

    @Override
    public <T> T execute(Command<T> command) {
        refuseOtherEndings(command);
        SubmissionReader.read(command).ifPresent(submission -> {
            check(Context.getCommandContext(), submission);
            if (command instanceof SubmitTaskFormCmd) {
                keepOnTask(Context.getCommandContext(), submission);
            }
        });
        Map<String, Object> startForm = SubmissionReader.startForm(command);
        if (startForm != null) {
            checkStartForm(Context.getCommandContext(), SubmissionReader.startFormDefinition(command), startForm);
            LongTexts.keepOutOfVariables(null, startForm);
        }
        return next.execute(command);
    }

    private static void refuseOtherEndings(Command<?> command) {
        boolean error = command instanceof HandleTaskBpmnErrorCmd;
        if (!error && !(command instanceof HandleTaskEscalationCmd)) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        if (context != null && context.getAuthenticatedUserId() != null) {
            throw ValidationFailedException.of(
                    REJECTED,
                    error ? "errorCode" : "escalationCode",
                    "Opgaven kan kun afsluttes ved at udfylde og sende dens formular.");
        }
    }

    private void check(CommandContext context, Submission submission) {
        if (context == null || context.getAuthenticatedUserId() == null) {
            return;
        }
        if (!submission.form() && context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication())) {
            return;
        }
        TaskEntity task =
                submission.taskId() == null ? null : context.getTaskManager().findTaskById(submission.taskId());
        if (task == null) {
            throw new NotFoundException("Opgaven " + submission.taskId() + " findes ikke (længere).");
        }
        FormSpec spec = formFields.forTask(context, task.getId()).orElse(FormSpec.none());
        Set<String> names = new LinkedHashSet<>(submission.removals());
        if (submission.values() != null) {
            names.addAll(submission.values().keySet());
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : names) {
            boolean dropped = submission.form() && spec.readOnly().contains(name);
            if (!spec.editable().contains(name) && !dropped) {
                errors.add(new FieldError(
                        name, "Feltet '" + name + "' hører ikke til opgavens formular og kan ikke" + " ændres."));
            }
        }
        ValidationFailedException.throwIfAny(REJECTED, errors);
        ValidationFailedException.throwIfAny(REJECTED, PlainTexts.check(spec, submission.values()));
        if (submission.form() && submission.values() != null) {
            LongTexts.keepOutOfVariables(task, submission.values());
            names.stream().filter(spec.readOnly()::contains).forEach(name -> drop(submission, name));
        }
    }

    /** A user's start form: its texts keep {@link PlainTexts} (its other rules are the process's validator's). */
    private void checkStartForm(CommandContext context, String processDefinitionId, Map<String, Object> values) {
        if (context == null || context.getAuthenticatedUserId() == null) {
            return;
        }
        FormSpec spec = formFields.forStart(context, processDefinitionId).orElse(FormSpec.none());
        ValidationFailedException.throwIfAny(START_REJECTED, PlainTexts.check(spec, values));
    }

    /**
     * A submitted field the task has no variable for (its prefill was empty) is created on the task, with the
     * submitted value, before the form is stored: the engine would otherwise set it on the process instance. The
     * engine's own submission then finds it on the task; both happen in this command, so the variable is written once.
     */
    private static void keepOnTask(CommandContext context, Submission submission) {
        if (context == null
                || submission.values() == null
                || submission.values().isEmpty()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
        if (task == null) {
            return;
        }
        Map<String, Object> values = submission.values();
        for (String name : List.copyOf(values.keySet())) {
            if (!task.hasVariableLocal(name)) {
                // typed, so that a long text stays transient (LongTexts)
                task.setVariableLocal(
                        name, values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name));
            }
        }
    }

    private static void drop(Submission submission, String readOnlyField) {
        try {
            submission.values().remove(readOnlyField);
        } catch (UnsupportedOperationException fixed) {
            throw ValidationFailedException.of(
                    REJECTED, readOnlyField, "Feltet '" + readOnlyField + "' kan kun læses.");
        }
    }
}
