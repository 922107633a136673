package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.List;

/**
 * Whether the user of a request is a Camunda admin (a configured admin user or member of an admin group, by
 * default {@code camunda-admin}): the engine authentication of an engine REST request, or the webapp session.
 */
class RequestUser {

    private final ProcessEngine engine;

    RequestUser(ProcessEngine engine) {
        this.engine = engine;
    }

    boolean isCamundaAdmin(HttpServletRequest request) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication != null) {
            return isAdmin(authentication.getUserId(), authentication.getGroupIds());
        }
        UserAuthentication user = WebappLogin.of(request, engine.getName());
        return user != null && isAdmin(user.getName(), List.copyOf(user.getGroupIds()));
    }

    private boolean isAdmin(String userId, List<String> groupIds) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
        List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
        return adminUsers.contains(userId)
                || (groupIds != null && groupIds.stream().anyMatch(adminGroups::contains));
    }
}
