package dk.medhearing.committee;

import java.util.List;

/**
 * A unit of the organisation: the administration, HovedMED, a CenterMED or the political committee.
 * Its {@code id} is also the Camunda group id of all its members.
 */
public record Unit(String id, UnitType type, String name, String fullName, String email, List<Member> members) {

    public List<Member> membersWith(Role role) {
        return members.stream().filter(m -> m.has(role)).toList();
    }

    public boolean isCommittee() {
        return type == UnitType.MAIN_COMMITTEE || type == UnitType.LOCAL_COMMITTEE;
    }

    /** The Camunda group of the members holding {@code role} in this unit, e.g. {@code amc-chair}. */
    public String roleGroupId(Role role) {
        return id + "-" + role.key();
    }
}
