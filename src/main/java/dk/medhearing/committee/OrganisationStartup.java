package dk.medhearing.committee;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Applies the organisation file to Camunda's identity and authorizations on every start. */
@Component
public class OrganisationStartup implements InitializingBean {

    private final Organisation organisation;
    private final IdentitySync identitySync;
    private final AuthorizationSync authorizationSync;

    public OrganisationStartup(Organisation organisation, IdentitySync identitySync, AuthorizationSync authorizationSync) {
        this.organisation = organisation;
        this.identitySync = identitySync;
        this.authorizationSync = authorizationSync;
    }

    @Override
    public void afterPropertiesSet() {
        identitySync.apply(organisation);
        authorizationSync.apply(organisation);
    }
}
