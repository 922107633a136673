package dk.medhearing.web;

import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.sub.runtime.JobResource;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a failed engine REST request was about a job that no longer exists. Camunda's job resource answers a due
 * date or retries set on a vanished job (a timer that fired meanwhile, a job deleted with its instance) with 500 and
 * the engine's text only, no exception to recognise; so we ask the engine about the job the request named, found by
 * the matched resource's type and its path parameters, never by reading the message.
 */
final class VanishedJob {

    private static final Logger LOG = LoggerFactory.getLogger(VanishedJob.class);

    private VanishedJob() {
    }

    static boolean requested(UriInfo request) {
        if (request == null || request.getMatchedResources().stream().noneMatch(JobResource.class::isInstance)) {
            return false;
        }
        String jobId = request.getPathParameters().getFirst("id");
        if (jobId == null) {
            return false;
        }
        try {
            ProcessEngine engine = EngineUtil.lookupProcessEngine(request.getPathParameters().getFirst("name"));
            return engine != null && engine.getManagementService().createJobQuery().jobId(jobId).count() == 0;
        } catch (RuntimeException unknown) {
            LOG.warn("Could not look up the job of a failed engine REST request: {}", unknown.getMessage());
            return false;
        }
    }
}
