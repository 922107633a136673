package dk.medhearing.kit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who completed a task: the authenticated user who acted (Tasklist, REST, our API). Only without any
 * authentication (the engine acting by itself, process tests) does the assignee stand in.
 */
@Component
public class Actor {

    private final IdentityService identityService;

    public Actor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }
}
