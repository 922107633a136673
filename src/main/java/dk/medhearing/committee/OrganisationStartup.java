package dk.medhearing.committee;

import dk.medhearing.kit.StartupWork;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;
    private final StartupWork startupWork;

    OrganisationStartup(
            Organisation organisation,
            IdentitySync identitySync,
            AuthorizationSync authorizationSync,
            ObjectProvider<ExternalGroup.Source> externalGroups,
            PlatformTransactionManager transactions,
            StartupWork startupWork) {
        this.transaction = new TransactionTemplate(transactions);
        this.startupWork = startupWork;
        this.organisation = organisation;
        this.identitySync = identitySync;
        this.authorizationSync = authorizationSync;
        this.externalGroups = externalGroups;
    }

    /**
     * In one transaction: the engine's identity and authorization commands join it, so a start writes the whole
     * organisation or nothing, with one commit instead of one per user, group and membership. It runs as the
     * start's background work ({@link StartupWork}): done before the first request is answered or job run.
     */
    @Override
    public void afterPropertiesSet() {
        // the other features' beans are looked up here, on the thread creating the beans
        List<ExternalGroup> external =
                externalGroups.orderedStream().flatMap(s -> s.groups().stream()).toList();
        startupWork.submit(
                "organisation",
                () -> transaction.executeWithoutResult(status -> {
                    identitySync.apply(organisation, external);
                    authorizationSync.apply(organisation, external);
                }));
    }
}
