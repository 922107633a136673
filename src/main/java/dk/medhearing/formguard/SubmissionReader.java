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

import static dk.medhearing.security.EngineCommands.field;
import static dk.medhearing.security.EngineCommands.value;

/**
 * Reads the task id and the variables from the engine's task commands (Camunda 7.24: their fields are protected and
 * have no getters). {@code ResolveTaskCmd} is a {@code CompleteTaskCmd}.
 */
final class SubmissionReader {

    private static final Field FORM_TASK = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field FORM_VALUES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VALUES = field(CompleteTaskCmd.class, "variables");
    private static final Field VARIABLE_TASK = field(AbstractVariableCmd.class, "entityId");
    private static final Field SET_VALUES = field(AbstractSetVariableCmd.class, "variables");
    private static final Field REMOVED_NAMES = field(AbstractRemoveVariableCmd.class, "variableNames");
    private static final Field PATCH_TASK = field(AbstractPatchVariablesCmd.class, "entityId");
    private static final Field PATCH_VALUES = field(AbstractPatchVariablesCmd.class, "variables");
    private static final Field PATCH_DELETIONS = field(AbstractPatchVariablesCmd.class, "deletions");
    private static final Field START_VALUES = field(SubmitStartFormCmd.class, "variables");
    private static final Field START_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");

    private SubmissionReader() {}

    static Optional<Submission> read(Command<?> command) {
        if (command instanceof SubmitTaskFormCmd) {
            return Optional.of(new Submission(value(FORM_TASK, command), true, value(FORM_VALUES, command), List.of()));
        }
        if (command instanceof CompleteTaskCmd) {
            return Optional.of(
                    new Submission(value(COMPLETE_TASK, command), true, value(COMPLETE_VALUES, command), List.of()));
        }
        if (command instanceof SetTaskVariablesCmd) {
            return Optional.of(
                    new Submission(value(VARIABLE_TASK, command), false, value(SET_VALUES, command), List.of()));
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return Optional.of(
                    new Submission(value(VARIABLE_TASK, command), false, null, orEmpty(value(REMOVED_NAMES, command))));
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return Optional.of(new Submission(
                    value(PATCH_TASK, command),
                    false,
                    value(PATCH_VALUES, command),
                    orEmpty(value(PATCH_DELETIONS, command))));
        }
        return Optional.empty();
    }

    /** The variables of a submitted start form, or {@code null} for any other command. */
    static Map<String, Object> startForm(Command<?> command) {
        return command instanceof SubmitStartFormCmd ? value(START_VALUES, command) : null;
    }

    /** The process definition of a submitted start form ({@link #startForm} is not {@code null}). */
    static String startFormDefinition(Command<?> command) {
        return value(START_DEFINITION, command);
    }

    private static Collection<String> orEmpty(Collection<String> names) {
        return names == null ? List.of() : names;
    }
}
