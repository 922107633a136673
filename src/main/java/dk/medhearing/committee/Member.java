package dk.medhearing.committee;

import java.util.Set;

/** A person in a unit of the organisation; {@code id} is the Camunda user id. */
public record Member(String id, String name, String email, Side side, Set<Role> roles, String title) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    public String lastName() {
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }
}
