package dk.medhearing.web;

import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.sub.runtime.JobResource;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.ToLongBiFunction;

/**
 * Whether a failed engine REST request was about a task or a job that no longer exists. For a task that closed
 * meanwhile (the deadline passed, someone else completed it) the engine answers claiming it, reading its form or its
 * variables with 400 or 500 and English text; for a job that fired meanwhile, setting its due date or retries with
 * 500. Neither answer carries an exception to recognise, so we ask the engine about the task or job the request
 * named: found by the matched resource's type and the path parameters {@code id} and {@code name}, never by reading
 * the message. Asked only for failures (see {@link EngineErrors}).
 */
final class GoneResource implements EngineErrors.Gone {

    private static final Logger LOG = LoggerFactory.getLogger(GoneResource.class);

    private final UriInfo request;

    GoneResource(UriInfo request) {
        this.request = request;
    }

    @Override
    public boolean task() {
        return gone(TaskResource.class, (engine, id) -> exists(engine, id) ? 1 : 0);
    }

    @Override
    public boolean taskHidden() {
        // open, but not one the requesting user may see: the engine's "not found" is about her, not the task
        return gone(
                TaskResource.class,
                (engine, id) -> !exists(engine, id)
                                || engine.getTaskService()
                                                .createTaskQuery()
                                                .taskId(id)
                                                .count()
                                        > 0
                        ? 1
                        : 0);
    }

    /** Whether the task is open, asked as the engine, whoever sent the request. */
    private static boolean exists(ProcessEngine engine, String id) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(context -> {
                    context.disableAuthorizationCheck();
                    try {
                        return context.getTaskManager().findTaskById(id) != null;
                    } finally {
                        context.enableAuthorizationCheck();
                    }
                });
    }

    @Override
    public boolean job() {
        return gone(
                JobResource.class,
                (engine, id) ->
                        engine.getManagementService().createJobQuery().jobId(id).count());
    }

    private boolean gone(Class<?> resource, ToLongBiFunction<ProcessEngine, String> count) {
        if (request == null || request.getMatchedResources().stream().noneMatch(resource::isInstance)) {
            return false;
        }
        String id = request.getPathParameters().getFirst("id");
        if (id == null) {
            return false;
        }
        try {
            ProcessEngine engine =
                    EngineUtil.lookupProcessEngine(request.getPathParameters().getFirst("name"));
            return engine != null && count.applyAsLong(engine, id) == 0;
        } catch (RuntimeException unknown) {
            LOG.warn("Could not look up what a failed engine REST request named: {}", unknown.getMessage());
            return false;
        }
    }
}
