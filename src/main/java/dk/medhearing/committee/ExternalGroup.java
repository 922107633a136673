package dk.medhearing.committee;

import java.util.List;

/**
 * A group of people outside the MED organisation (e.g. a dialogue meeting's party) that {@link IdentitySync} keeps
 * in Camunda alongside the organisation, with the same marking: managed group type, users in
 * {@link IdentitySync#MANAGED_USERS_GROUP}. Its members may log in to Tasklist and work on the group's tasks.
 */
public record ExternalGroup(String id, String name, List<Member> members) {

    public ExternalGroup {
        members = List.copyOf(members);
    }

    /** A bean that contributes such groups at every start. */
    @FunctionalInterface
    public interface Source {
        List<ExternalGroup> groups();
    }
}
