package dk.medhearing.committee;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The whole MED organisation as read from {@code config/organisation.yaml}, units in the file's order, and the
 * people who administer the system (Camunda group {@code camunda-admin}: they unlock accounts, among others).
 */
public record Organisation(String municipality, List<Unit> units, List<Member> administrators) {

    public Organisation(String municipality, List<Unit> units) {
        this(municipality, units, List.of());
    }

    /** The roles whose holders receive tasks and so get a Camunda group of their own per committee. */
    public static final List<Role> TASK_ROLES = List.of(Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY);

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Unit requireUnit(String id) {
        return unit(id).orElseThrow(() -> new NoSuchElementException("Ukendt enhed: " + id));
    }

    public List<Unit> ofType(UnitType type) {
        return units.stream().filter(u -> u.type() == type).toList();
    }

    public List<Unit> localCommittees() {
        return ofType(UnitType.LOCAL_COMMITTEE);
    }

    public Unit mainCommittee() {
        return ofType(UnitType.MAIN_COMMITTEE).get(0);
    }

    public Unit administration() {
        return ofType(UnitType.ADMINISTRATION).get(0);
    }

    public Unit politicalCommittee() {
        return ofType(UnitType.POLITICAL_COMMITTEE).get(0);
    }

    public List<Member> allMembers() {
        return units.stream().flatMap(u -> u.members().stream()).toList();
    }

    /** The member with this user id, from the first unit that lists it (a person may sit in several). */
    public Optional<Member> member(String userId) {
        return units.stream()
                .flatMap(u -> u.members().stream())
                .filter(m -> m.id().equals(userId))
                .findFirst();
    }
}
