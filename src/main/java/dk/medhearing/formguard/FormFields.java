package dk.medhearing.formguard;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link FormSpec} of a task's (or a start event's) deployed Camunda Form, parsed once per form definition (which a deployment fixes). */
class FormFields {

    private final Map<String, FormSpec> byFormDefinition = new ConcurrentHashMap<>();

    /** Empty when the task has no Camunda Form. */
    Optional<FormSpec> forTask(CommandContext context, String taskId) {
        return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
    }

    /** Empty when the process definition has no Camunda start form. */
    Optional<FormSpec> forStart(CommandContext context, String processDefinitionId) {
        return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
    }

    private Optional<FormSpec> of(CommandContext context, FormData data) {
        CamundaFormRef ref = data.getCamundaFormRef();
        if (ref == null) {
            return Optional.empty();
        }
        CamundaFormDefinition definition =
                context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, data.getDeploymentId()));
        if (definition == null) {
            return Optional.empty();
        }
        return Optional.of(byFormDefinition.computeIfAbsent(definition.getId(), id -> read(context, definition)));
    }

    private static FormSpec read(CommandContext context, CamundaFormDefinition definition) {
        try (InputStream form = context.runWithoutAuthorization(
                new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
            return FormSpecParser.parse(form);
        } catch (IOException e) {
            throw new UncheckedIOException("Form " + definition.getResourceName() + " cannot be read", e);
        }
    }
}
