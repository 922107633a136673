package dk.medhearing.formguard;

import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the task id and the variables from the engine's task commands (Camunda 7.24: their fields are protected and
 * have no getters). {@code ResolveTaskCmd} is a {@code CompleteTaskCmd}.
 */
final class SubmissionReader {

    private SubmissionReader() {
    }

    static Optional<Submission> read(Command<?> command) {
        if (command instanceof SubmitTaskFormCmd) {
            return Optional.of(new Submission(field(command, SubmitTaskFormCmd.class, "taskId"), true,
                    field(command, SubmitTaskFormCmd.class, "properties"), List.of()));
        }
        if (command instanceof CompleteTaskCmd) {
            return Optional.of(new Submission(field(command, CompleteTaskCmd.class, "taskId"), true,
                    field(command, CompleteTaskCmd.class, "variables"), List.of()));
        }
        if (command instanceof SetTaskVariablesCmd) {
            return Optional.of(new Submission(field(command, AbstractVariableCmd.class, "entityId"), false,
                    field(command, AbstractSetVariableCmd.class, "variables"), List.of()));
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return Optional.of(new Submission(field(command, AbstractVariableCmd.class, "entityId"), false, null,
                    orEmpty(field(command, AbstractRemoveVariableCmd.class, "variableNames"))));
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return Optional.of(new Submission(field(command, AbstractPatchVariablesCmd.class, "entityId"), false,
                    field(command, AbstractPatchVariablesCmd.class, "variables"),
                    orEmpty(field(command, AbstractPatchVariablesCmd.class, "deletions"))));
        }
        return Optional.empty();
    }

    /** The variables of a submitted start form, or {@code null} for any other command. */
    static Map<String, Object> startForm(Command<?> command) {
        return command instanceof SubmitStartFormCmd ? field(command, SubmitStartFormCmd.class, "variables") : null;
    }

    private static Collection<String> orEmpty(Collection<String> names) {
        return names == null ? List.of() : names;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's " + declaring.getSimpleName() + " has no field " + name, e);
        }
    }
}
