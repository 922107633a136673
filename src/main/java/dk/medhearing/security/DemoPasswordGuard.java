package dk.medhearing.security;

import dk.medhearing.kit.StartupWork;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Where demo passwords are not allowed (the {@code prod} profile), no account may keep one: the admin gets the
 * configured password, every other account holding the demo password gets a random one. Which accounts hold it
 * is found by comparing hashes ({@link DemoPasswords}), never by trying to log in, so a start is no failed login.
 */
@Component
@DependsOn("organisationStartup")
class DemoPasswordGuard implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final IdentityService identityService;
    private final DemoPasswords demoPasswords;
    private final SecurityProperties security;
    private final CamundaBpmProperties camunda;
    private final StartupWork startupWork;

    DemoPasswordGuard(
            IdentityService identityService,
            DemoPasswords demoPasswords,
            SecurityProperties security,
            CamundaBpmProperties camunda,
            StartupWork startupWork) {
        this.startupWork = startupWork;
        this.identityService = identityService;
        this.demoPasswords = demoPasswords;
        this.security = security;
        this.camunda = camunda;
    }

    @Override
    public void afterPropertiesSet() {
        if (!security.demoPasswordsAllowed()) {
            // after the organisation, which is submitted before (@DependsOn) and may set the demo passwords
            startupWork.submit("demo password guard", this::replaceDemoPasswords);
        }
    }

    private void replaceDemoPasswords() {
        String adminId =
                camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
        for (String userId : demoPasswords.holders(security.demoPassword())) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                continue;
            }
            boolean admin = userId.equals(adminId);
            user.setPassword(admin ? camunda.getAdminUser().getPassword() : InitialPasswordPolicy.randomPassword());
            identityService.saveUser(user);
            log.warn("Replaced the demo password of user {}", userId);
        }
    }
}
