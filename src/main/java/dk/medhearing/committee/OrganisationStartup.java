package dk.medhearing.committee;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Applies the organisation file, and the groups other features keep outside it (dialogue parties), to Camunda's
 * identity and authorizations on every start.
 */
@Component
class OrganisationStartup implements InitializingBean {

    private final Organisation organisation;
    private final IdentitySync identitySync;
    private final AuthorizationSync authorizationSync;
    private final ObjectProvider<ExternalGroup.Source> externalGroups;

    OrganisationStartup(Organisation organisation, IdentitySync identitySync, AuthorizationSync authorizationSync,
                               ObjectProvider<ExternalGroup.Source> externalGroups) {
        this.organisation = organisation;
        this.identitySync = identitySync;
        this.authorizationSync = authorizationSync;
        this.externalGroups = externalGroups;
    }

    @Override
    public void afterPropertiesSet() {
        List<ExternalGroup> external = externalGroups.orderedStream().flatMap(s -> s.groups().stream()).toList();
        identitySync.apply(organisation, external);
        authorizationSync.apply(organisation, external);
    }
}
