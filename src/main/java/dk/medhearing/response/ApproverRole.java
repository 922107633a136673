package dk.medhearing.response;

import dk.medhearing.committee.Role;

/** Who approves a response: jointly the chair and the vice-chair. */
enum ApproverRole {
    CHAIR(Role.CHAIR),
    VICE_CHAIR(Role.VICE_CHAIR);

    private final Role role;

    ApproverRole(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public String danish() {
        return role.danish();
    }
}
