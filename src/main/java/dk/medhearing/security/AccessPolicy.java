package dk.medhearing.security;

import dk.medhearing.committee.Organisation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may do what on our own pages and API, beyond what the engine's authorizations decide. */
@Component
public class AccessPolicy {

    private final Organisation organisation;

    public AccessPolicy(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Administrators: Camunda admins and members of the administration that owns the hearings. */
    public boolean isAdministrator(CurrentUser user) {
        return user.isCamundaAdmin()
                || user.inGroup(organisation.administration().id());
    }

    public void requireAdministrator(CurrentUser user) {
        if (!isAdministrator(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Kun for administratorer");
        }
    }
}
