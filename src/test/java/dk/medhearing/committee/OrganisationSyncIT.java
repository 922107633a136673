package dk.medhearing.committee;

import dk.medhearing.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationSyncIT extends AbstractIntegrationTest {

    @Autowired
    Organisation organisation;

    @Autowired
    OrganisationStartup startup;

    @Autowired
    IdentitySync identitySync;

    @Autowired
    AuthorizationSync authorizationSync;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @AfterEach
    void restoreTheShippedOrganisation() {
        startup.afterPropertiesSet();
    }

    @Test
    void shouldMatchUsersGroupsAndMembershipsToTheFile() {
        for (Member member : organisation.allMembers()) {
            User user = identityService.createUserQuery().userId(member.id()).singleResult();
            assertThat(user).as(member.id()).isNotNull();
            assertThat(user.getEmail()).isEqualTo(member.email());
            assertThat(identityService.checkPassword(member.id(), "demo")).isTrue();
        }
        for (Unit unit : organisation.units()) {
            List<String> members = identityService.createUserQuery().memberOfGroup(unit.id()).list().stream()
                    .map(User::getId)
                    .toList();
            assertThat(members)
                    .as(unit.id())
                    .containsExactlyInAnyOrderElementsOf(
                            unit.members().stream().map(Member::id).toList());
        }
        Unit amc = organisation.requireUnit("amc");
        assertThat(groupsOf("anders.friis")).contains("amc", "amc-chair").doesNotContain("amc-vice-chair", "jki");
        assertThat(groupsOf(amc.membersWith(Role.VICE_CHAIR).get(0).id())).contains("amc", "amc-vice-chair");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("amc-secretary")
                        .singleResult()
                        .getName())
                .isEqualTo("AMC – referent");
    }

    @Test
    void shouldGrantCommitteesTasklistAndTheAdministrationCockpit() {
        assertThat(authorizationService.isUserAuthorized(
                        "anders.friis",
                        groupsOf("anders.friis"),
                        Permissions.ACCESS,
                        Resources.APPLICATION,
                        "tasklist"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized(
                        "anders.friis", groupsOf("anders.friis"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(
                        "karen.holm", groupsOf("karen.holm"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized(
                        "karen.holm",
                        groupsOf("karen.holm"),
                        Permissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "HearingProcess"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized(
                        "anders.friis",
                        groupsOf("anders.friis"),
                        Permissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "HearingProcess"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(
                        "anders.friis", groupsOf("anders.friis"), Permissions.READ, Resources.TASK, "*"))
                .isFalse();
    }

    @Test
    void shouldLetAChairReadTheNamesOfTheGroupsATaskIsFor() {
        // given AMC's meeting call is for AMC's chair and AMC's minute-taker; the chair is only in the first group
        assertThat(groupsOf("anders.friis")).contains("amc-chair").doesNotContain("amc-secretary");

        // when Tasklist asks for the minute-takers' group as the chair, then it may: it shows the group's name
        assertThat(authorizationService.isUserAuthorized(
                        "anders.friis", groupsOf("anders.friis"), Permissions.READ, Resources.GROUP, "amc-secretary"))
                .isTrue();
        // and still nobody may change a group
        assertThat(authorizationService.isUserAuthorized(
                        "anders.friis", groupsOf("anders.friis"), Permissions.UPDATE, Resources.GROUP, "amc-secretary"))
                .isFalse();
    }

    @Test
    void shouldApplyAChangedFileOnTheNextStart() {
        // given a changed organisation: AMC's secretary leaves, a new member joins CKB, CKB's chair changes
        // e-mail, and CAB is dissolved
        List<Unit> units = new ArrayList<>();
        for (Unit unit : organisation.units()) {
            if (unit.id().equals("cab")) {
                continue;
            }
            List<Member> members = new ArrayList<>(unit.members());
            if (unit.id().equals("amc")) {
                members.removeIf(m -> m.id().equals("camilla.sand"));
                members.add(new Member(
                        "erik.moeller",
                        "Erik Møller",
                        "erik.moeller@example.org",
                        Side.MANAGEMENT,
                        EnumSet.of(Role.SECRETARY),
                        "Afdelingsleder"));
                members.removeIf(m -> m.id().equals("erik.moeller") && !m.has(Role.SECRETARY));
            }
            if (unit.id().equals("ckb")) {
                members.replaceAll(m -> m.id().equals("bo.juul.jensen")
                        ? new Member(m.id(), m.name(), "bo.jensen@example.org", m.side(), m.roles(), m.title())
                        : m);
                members.add(new Member(
                        "ny.person",
                        "Ny Person",
                        "ny.person@example.org",
                        Side.EMPLOYEE,
                        Set.of(Role.AMR),
                        "Arbejdsmiljørepræsentant"));
            }
            units.add(new Unit(unit.id(), unit.type(), unit.name(), unit.fullName(), unit.email(), members));
        }
        Organisation changed = new Organisation(organisation.municipality(), units);

        // when it is applied, as at startup
        identitySync.apply(changed);
        authorizationSync.apply(changed);

        // then users, groups and memberships follow it
        assertThat(identityService.createUserQuery().userId("camilla.sand").singleResult())
                .isNull();
        assertThat(groupsOf("erik.moeller")).contains("amc", "amc-secretary");
        assertThat(identityService
                        .createUserQuery()
                        .userId("bo.juul.jensen")
                        .singleResult()
                        .getEmail())
                .isEqualTo("bo.jensen@example.org");
        assertThat(groupsOf("ny.person")).contains("ckb");
        assertThat(identityService.createGroupQuery().groupId("cab").singleResult())
                .isNull();
        assertThat(identityService.createGroupQuery().groupId("cab-chair").singleResult())
                .isNull();
        assertThat(identityService.createUserQuery().userId("susanne.vind").singleResult())
                .isNull();
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .groupIdIn("cab")
                        .count())
                .isZero();
        // and the admin account is never touched
        assertThat(identityService.createUserQuery().userId("admin").singleResult())
                .isNotNull();
        assertThat(groupsOf("admin")).contains("camunda-admin");
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }
}
