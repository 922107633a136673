package dk.medhearing.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * The log line for a user's rejected input: one WARN line naming the user, the route (method and path, which for a
 * task names the task) and the broken rules, never a stack trace: the user got a 400, nothing failed. Text the user
 * sent may be part of a rule's message, so line breaks and other control characters become spaces and each message
 * is cut short: a rejected input cannot forge log lines.
 */
final class RejectedInput {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedInput.class);
    private static final int MAX_MESSAGE = 300;

    private RejectedInput() {}

    /** Whether the failure is a user's rejected input (somewhere in its causes). */
    static boolean isRejection(Throwable failure) {
        return EngineErrors.find(failure, ValidationFailedException.class) != null;
    }

    static void log(String method, String path, ValidationFailedException rejection) {
        if (LOG.isWarnEnabled()) {
            String rules = rejection.errors().stream()
                    .map(e -> e.field() + ": " + e.message())
                    .map(RejectedInput::clean)
                    .collect(Collectors.joining(" | "));
            LOG.warn(
                    "Input rejected: user={} route={} {} rules=[{}]",
                    clean(currentUser()),
                    clean(method),
                    clean(path),
                    rules.isEmpty() ? clean(rejection.getMessage()) : rules);
        }
    }

    /** The user the engine sees for this request (our API, the engine REST API and the webapps all set it). */
    private static String currentUser() {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        Authentication authentication =
                engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? "(anonym)" : authentication.getUserId();
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ");
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }
}
