package dk.medhearing.response;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who completed a task: the assignee (Tasklist claims first) or else the authenticated API user. */
@Component
public class Actor {

    private final IdentityService identityService;

    public Actor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
