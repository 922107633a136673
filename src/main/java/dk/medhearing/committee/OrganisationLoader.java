package dk.medhearing.committee;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code config/organisation.yaml}. Every rule broken is reported in one
 * {@link OrganisationException} naming the file, the entry and the rule.
 * <p>
 * Just over 200 lines on purpose: every rule of the file is checked in one pass so that all broken rules are
 * reported together, with the entry they belong to.
 */
public final class OrganisationLoader {

    private static final Pattern ID = ConfigFiles.ID;
    private static final Pattern EMAIL = ConfigFiles.EMAIL;

    public Organisation load(Path file) {
        FileDto dto = ConfigFiles.read(
                file,
                FileDto.class,
                "the organisation file",
                "medhearing.organisation.file",
                (message, cause) ->
                        cause == null ? new OrganisationException(message) : new OrganisationException(message, cause));
        return new Validation(file.toString()).toOrganisation(dto);
    }

    /** Collects every broken rule, then fails once. */
    private static final class Validation {
        private final String file;
        private final List<String> errors = new ArrayList<>();

        Validation(String file) {
            this.file = file;
        }

        Organisation toOrganisation(FileDto dto) {
            Map<String, PersonDto> people = people(dto.people());
            List<Unit> units = new ArrayList<>();
            Set<String> unitIds = new HashSet<>();
            List<UnitDto> unitDtos = dto.units() == null ? List.of() : dto.units();
            for (int i = 0; i < unitDtos.size(); i++) {
                Unit unit = unit(unitDtos.get(i), i, people, unitIds);
                if (unit != null) {
                    units.add(unit);
                }
            }
            for (UnitType type :
                    List.of(UnitType.ADMINISTRATION, UnitType.MAIN_COMMITTEE, UnitType.POLITICAL_COMMITTEE)) {
                long count = units.stream().filter(u -> u.type() == type).count();
                if (count != 1) {
                    errors.add("units: there must be exactly one unit of type '" + type.key() + "', found " + count);
                }
            }
            if (units.stream().noneMatch(u -> u.type() == UnitType.LOCAL_COMMITTEE)) {
                errors.add("units: at least one unit of type 'local-committee' is required");
            }
            List<Member> administrators = administrators(dto.administrators(), people);
            if (!errors.isEmpty()) {
                throw new OrganisationException(
                        file + ": " + errors.size() + " rule(s) broken:\n  - " + String.join("\n  - ", errors));
            }
            return new Organisation(
                    dto.municipality() == null ? "" : dto.municipality(), List.copyOf(units), administrators);
        }

        private Map<String, PersonDto> people(List<PersonDto> list) {
            Map<String, PersonDto> people = new HashMap<>();
            if (list == null || list.isEmpty()) {
                errors.add("people: at least one person is required");
                return people;
            }
            for (int i = 0; i < list.size(); i++) {
                PersonDto p = list.get(i);
                String entry = "people[" + i + "]" + (p.id() == null ? "" : " '" + p.id() + "'");
                if (blank(p.id())) {
                    errors.add(entry + ": id is required");
                    continue;
                }
                if (!ID.matcher(p.id()).matches()) {
                    errors.add(entry + ": id must be lower case letters, digits, '.', '_' or '-'");
                }
                if (people.containsKey(p.id())) {
                    errors.add(entry + ": duplicate user id '" + p.id() + "'");
                }
                if (blank(p.name())) {
                    errors.add(entry + ": name is required");
                }
                if (blank(p.email())) {
                    errors.add(entry + ": email is required (every member must have an e-mail address)");
                } else if (!EMAIL.matcher(p.email()).matches()) {
                    errors.add(entry + ": email '" + p.email() + "' is not an e-mail address");
                }
                people.putIfAbsent(p.id(), p);
            }
            return people;
        }

        /** People who get Camunda's admin group; optional, but none or one leaves no one to unlock them. */
        private List<Member> administrators(List<String> ids, Map<String, PersonDto> people) {
            List<Member> administrators = new ArrayList<>();
            List<String> list = ids == null ? List.of() : ids;
            for (int i = 0; i < list.size(); i++) {
                String entry = "administrators[" + i + "]";
                PersonDto person = list.get(i) == null ? null : people.get(list.get(i));
                if (person == null) {
                    errors.add(entry + ": unknown person '" + list.get(i) + "' (not listed under people)");
                } else if (administrators.stream().anyMatch(a -> a.id().equals(person.id()))) {
                    errors.add(entry + ": person '" + person.id() + "' is listed twice");
                } else {
                    administrators.add(new Member(
                            person.id(), person.name(), person.email(), null, Set.of(Role.MEMBER), person.title()));
                }
            }
            return List.copyOf(administrators);
        }

        private Unit unit(UnitDto u, int index, Map<String, PersonDto> people, Set<String> unitIds) {
            String entry = "units[" + index + "]" + (u.id() == null ? "" : " '" + u.id() + "'");
            int before = errors.size();
            if (blank(u.id())) {
                errors.add(entry + ": id is required");
            } else if (!ID.matcher(u.id()).matches()) {
                errors.add(entry + ": id must be lower case letters, digits, '.', '_' or '-'");
            } else if (!unitIds.add(u.id())) {
                errors.add(entry + ": duplicate unit id '" + u.id() + "'");
            } else if (people.containsKey(u.id())) {
                errors.add(entry + ": unit id '" + u.id() + "' is also a person's id");
            }
            if (blank(u.name())) {
                errors.add(entry + ": name is required");
            }
            UnitType type = null;
            if (blank(u.type())) {
                errors.add(entry + ": type is required (one of " + UnitType.allowedKeys() + ")");
            } else {
                type = UnitType.fromKey(u.type()).orElse(null);
                if (type == null) {
                    errors.add(entry + ": unknown type '" + u.type() + "' (allowed: " + UnitType.allowedKeys() + ")");
                }
            }
            if (u.email() != null && !EMAIL.matcher(u.email()).matches()) {
                errors.add(entry + ": email '" + u.email() + "' is not an e-mail address");
            }
            if (type == UnitType.POLITICAL_COMMITTEE && blank(u.email())) {
                errors.add(entry + ": email of the committee secretariat is required");
            }
            List<Member> members = members(u, entry, type, people);
            if (errors.size() > before) {
                return null;
            }
            return new Unit(
                    u.id(),
                    type,
                    u.name(),
                    u.fullName() == null ? u.name() : u.fullName(),
                    u.email(),
                    List.copyOf(members));
        }

        private List<Member> members(UnitDto u, String unitEntry, UnitType type, Map<String, PersonDto> people) {
            List<Member> members = new ArrayList<>();
            List<MemberDto> list = u.members() == null ? List.of() : u.members();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                MemberDto m = list.get(i);
                String entry = unitEntry + ".members[" + i + "]" + (m.person() == null ? "" : " '" + m.person() + "'");
                if (blank(m.person())) {
                    errors.add(entry + ": person is required (the id of an entry in people)");
                    continue;
                }
                PersonDto person = people.get(m.person());
                if (person == null) {
                    errors.add(entry + ": unknown person '" + m.person() + "' (not listed under people)");
                    continue;
                }
                if (!seen.add(m.person())) {
                    errors.add(entry + ": person '" + m.person() + "' is listed twice in this unit");
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String key : m.roles() == null ? List.<String>of() : m.roles()) {
                    Role.fromKey(key)
                            .ifPresentOrElse(
                                    roles::add,
                                    () -> errors.add(entry + ": unknown role '" + key + "' (allowed: "
                                            + Role.allowedKeys() + ")"));
                }
                if (roles.isEmpty()) {
                    roles.add(Role.MEMBER);
                }
                Side side = null;
                if (m.side() != null) {
                    side = Side.fromKey(m.side()).orElse(null);
                    if (side == null) {
                        errors.add(entry + ": unknown side '" + m.side() + "' (allowed: management, employee)");
                    }
                } else if (type == UnitType.MAIN_COMMITTEE || type == UnitType.LOCAL_COMMITTEE) {
                    errors.add(entry + ": side is required in a committee (management or employee)");
                }
                if ((roles.contains(Role.TR) || roles.contains(Role.AMR)) && side == Side.MANAGEMENT) {
                    errors.add(entry + ": role tr/amr belongs to the employee side");
                }
                // the response is approved jointly by both sides: the chair for management, the vice-chair for the
                // employees
                if (roles.contains(Role.CHAIR) && side == Side.EMPLOYEE) {
                    errors.add(entry + ": role chair belongs to the management side");
                }
                if (roles.contains(Role.VICE_CHAIR) && side == Side.MANAGEMENT) {
                    errors.add(entry + ": role vice-chair belongs to the employee side");
                }
                members.add(new Member(person.id(), person.name(), person.email(), side, roles, person.title()));
            }
            if (type == UnitType.MAIN_COMMITTEE || type == UnitType.LOCAL_COMMITTEE) {
                for (Role required : Organisation.TASK_ROLES) {
                    long count = members.stream().filter(m -> m.has(required)).count();
                    if (count == 0) {
                        errors.add(unitEntry + ": a committee needs a member with role '" + required.key() + "'");
                    }
                }
            }
            if (type == UnitType.ADMINISTRATION && members.isEmpty()) {
                errors.add(unitEntry + ": the administration needs at least one member");
            }
            return members;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    record FileDto(String municipality, List<PersonDto> people, List<UnitDto> units, List<String> administrators) {}

    record PersonDto(String id, String name, String email, String title) {}

    record UnitDto(
            String id,
            String type,
            String name,
            @JsonProperty("full-name") String fullName,
            String email,
            List<MemberDto> members) {}

    record MemberDto(String person, String side, List<String> roles) {}
}
