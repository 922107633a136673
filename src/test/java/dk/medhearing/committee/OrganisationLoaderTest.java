package dk.medhearing.committee;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationLoaderTest {

    private static final String VALID = """
            municipality: Testkommune
            people:
              - { id: admin.person, name: "Anna Admin", email: anna@example.org }
              - { id: chair.one, name: "Carl Chair", email: carl@example.org }
              - { id: vice.one, name: "Vera Vice", email: vera@example.org }
              - { id: sec.one, name: "Sara Sekretær", email: sara@example.org }
              - { id: pol.one, name: "Poul Politik", email: poul@example.org }
            units:
              - id: adm
                type: administration
                name: Administrationen
                members: [ { person: admin.person } ]
              - id: hmed
                type: main-committee
                name: HovedMED
                members:
                  - { person: chair.one, side: management, roles: [chair] }
                  - { person: vice.one, side: employee, roles: [vice-chair, tr] }
                  - { person: sec.one, side: management, roles: [secretary] }
              - id: cmed
                type: local-committee
                name: CenterMED
                members:
                  - { person: chair.one, side: management, roles: [chair] }
                  - { person: vice.one, side: employee, roles: [vice-chair, amr] }
                  - { person: sec.one, side: management, roles: [secretary] }
              - id: pol
                type: political-committee
                name: Udvalget
                email: udvalg@example.org
                members: [ { person: pol.one } ]
            """;

    @TempDir
    Path dir;

    private final OrganisationLoader loader = new OrganisationLoader();

    @Test
    void shouldReadTheShippedOrganisation() {
        Organisation organisation = loader.load(Path.of("config/organisation.yaml"));

        assertThat(organisation.localCommittees())
                .extracting(Unit::id)
                .containsExactly("amc", "jku", "jki", "jka", "keh", "cab", "cbsi", "ckb");
        assertThat(organisation.mainCommittee().id()).isEqualTo("hovedmed");
        assertThat(organisation.politicalCommittee().email()).isEqualTo("biu-sekretariat@example.org");
        assertThat(organisation.requireUnit("ckb").membersWith(Role.CHAIR))
                .extracting(Member::name)
                .containsExactly("Bo Juul Jensen");
    }

    @Test
    void shouldReadTheAdministratorsAndRefuseOnesNotListedUnderPeople() throws IOException {
        Organisation organisation = loader.load(write(VALID + "administrators: [pol.one, admin.person]\n"));
        assertThat(organisation.administrators()).extracting(Member::id).containsExactly("pol.one", "admin.person");
        assertThat(loader.load(Path.of("config/organisation.yaml")).administrators())
                .hasSizeGreaterThanOrEqualTo(2);

        assertThatThrownBy(() -> loader.load(write(VALID + "administrators: [pol.one, nobody, pol.one]\n")))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining("administrators[1]: unknown person 'nobody' (not listed under people)")
                .hasMessageContaining("administrators[2]: person 'pol.one' is listed twice");
    }

    @Test
    void shouldReadAValidFile() throws IOException {
        Organisation organisation = loader.load(write(VALID));

        Unit cmed = organisation.requireUnit("cmed");
        assertThat(cmed.type()).isEqualTo(UnitType.LOCAL_COMMITTEE);
        assertThat(cmed.membersWith(Role.AMR)).extracting(Member::id).containsExactly("vice.one");
        assertThat(cmed.membersWith(Role.VICE_CHAIR).get(0).side()).isEqualTo(Side.EMPLOYEE);
    }

    @Test
    void shouldRejectMalformedYaml() throws IOException {
        Path file = write("people: [ { id: x, name: \"unclosed }\nunits: [");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void shouldRejectAnUnknownRole() throws IOException {
        Path file = write(VALID.replace("roles: [vice-chair, amr]", "roles: [vice-chair, kasserer]"));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("units[2] 'cmed'.members[1] 'vice.one': unknown role 'kasserer'")
                .hasMessageContaining("allowed: chair, vice-chair, secretary, tr, amr, member");
    }

    @Test
    void shouldRejectADuplicateUserId() throws IOException {
        Path file = write(VALID.replace("{ id: vice.one, name: \"Vera Vice\"", "{ id: chair.one, name: \"Vera Vice\""));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining("people[2] 'chair.one': duplicate user id 'chair.one'");
    }

    @Test
    void shouldRejectAMemberWithoutEmail() throws IOException {
        Path file = write(VALID.replace(", email: sara@example.org", ""));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining("people[3] 'sec.one': email is required");
    }

    @Test
    void shouldRejectAnUnknownField() throws IOException {
        Path file = write(VALID.replace("municipality: Testkommune", "municipality: Testkommune\nkommunekode: 101"));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining(file + ": kommunekode: unknown field 'kommunekode'");
    }

    @Test
    void shouldNameTheEntryOfAnUnknownNestedField() throws IOException {
        Path file = write(
                VALID.replace("roles: [secretary] }\n  - id: pol", "roles: [secretary], rolle: x }\n  - id: pol"));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining("units[2].members[2].rolle: unknown field 'rolle'");
    }

    @Test
    void shouldRejectAChairOnTheEmployeeSideAndAViceChairOnTheManagementSide() throws IOException {
        // given a committee whose chair and vice-chair sit on the wrong sides (the response is approved by both sides)
        Path file = write(
                VALID.replace(
                        "- { person: chair.one, side: management, roles: [chair] }\n      - { person: vice.one, side: employee, roles: [vice-chair, amr] }",
                        "- { person: chair.one, side: employee, roles: [chair] }\n      - { person: vice.one, side: management, roles: [vice-chair] }"));

        // when loaded, then both are named with the rule
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining(
                        "units[2] 'cmed'.members[0] 'chair.one': role chair belongs to the management side")
                .hasMessageContaining(
                        "units[2] 'cmed'.members[1] 'vice.one': role vice-chair belongs to the employee side");
    }

    @Test
    void shouldRejectAnUnknownPersonAndACommitteeWithoutChair() throws IOException {
        Path file = write(
                VALID.replace(
                        "- { person: chair.one, side: management, roles: [chair] }\n      - { person: vice.one, side: employee, roles: [vice-chair, amr] }",
                        "- { person: nobody, side: management, roles: [chair] }\n      - { person: vice.one, side: employee, roles: [vice-chair, amr] }"));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining("unknown person 'nobody'")
                .hasMessageContaining("units[2] 'cmed': a committee needs a member with role 'chair'");
    }

    @Test
    void shouldRejectAMissingFile() {
        assertThatThrownBy(() -> loader.load(dir.resolve("missing.yaml")))
                .isInstanceOf(OrganisationException.class)
                .hasMessageContaining("missing.yaml: the organisation file does not exist");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("organisation.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
