package dk.medhearing.security;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.committee.UnitType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who a provider's claims name in the organisation file, and with which groups. */
class SsoPeopleTest {

    private static final Member CHAIR = new Member(
            "anders.friis", "Anders Friis", "anders.friis@example.org", Side.MANAGEMENT, Set.of(), "Centerchef");
    private static final Organisation ORGANISATION = new Organisation(
            "Kommune", List.of(new Unit("amc", UnitType.LOCAL_COMMITTEE, "AMC", "AMC", null, List.of(CHAIR))));

    private final IdentityService identity = identityWithGroups("amc-chair");

    @Test
    void findsThePersonByHerEmailWhateverTheCaseWithHerGroups() {
        // given the default settings (claim email, matched by e-mail)
        SsoPeople people = new SsoPeople(ORGANISATION, identity, properties("email", SsoProperties.MatchBy.EMAIL, ""));

        // when / then
        assertThat(people.person(Map.of("email", " Anders.FRIIS@example.org ")))
                .contains(new SsoPeople.SsoPerson("anders.friis", List.of("amc-chair")));
        assertThat(people.person(Map.of("email", "anders.friis@example.org.evil")))
                .isEmpty();
        assertThat(people.person(Map.of("email", ""))).isEmpty();
        assertThat(people.person(Map.of("email", List.of("anders.friis@example.org"))))
                .isEmpty();
        assertThat(people.person(Map.of("preferred_username", "anders.friis@example.org")))
                .isEmpty();
    }

    @Test
    void findsThePersonByHerIdInAnotherClaim() {
        SsoPeople people =
                new SsoPeople(ORGANISATION, identity, properties("preferred_username", SsoProperties.MatchBy.ID, ""));

        assertThat(people.person(Map.of("preferred_username", "ANDERS.FRIIS"))).isPresent();
        assertThat(people.person(Map.of("email", "anders.friis@example.org"))).isEmpty();
    }

    @Test
    void theAdministratorsGroupClaimAddsCamundaAdminOnlyForItsValues() {
        SsoPeople people =
                new SsoPeople(ORGANISATION, identity, properties("email", SsoProperties.MatchBy.EMAIL, "groups"));

        assertThat(people.person(Map.of("email", "anders.friis@example.org", "groups", List.of("MED-IT-admin")))
                        .orElseThrow()
                        .groupIds())
                .containsExactly("amc-chair", "camunda-admin");
        assertThat(people.person(Map.of("email", "anders.friis@example.org", "groups", List.of("Alle")))
                        .orElseThrow()
                        .groupIds())
                .containsExactly("amc-chair");
    }

    private static SsoProperties properties(String claim, SsoProperties.MatchBy matchBy, String adminClaim) {
        return new SsoProperties(claim, matchBy, adminClaim, List.of("MED-IT-admin"), false, Map.of(), "IT");
    }

    private static IdentityService identityWithGroups(String... groupIds) {
        IdentityService identity = mock(IdentityService.class);
        GroupQuery groups = mock(GroupQuery.class, Answers.RETURNS_SELF);
        List<Group> list = Arrays.stream(groupIds)
                .map(id -> {
                    Group group = mock(Group.class);
                    when(group.getId()).thenReturn(id);
                    return group;
                })
                .toList();
        when(groups.list()).thenReturn(list);
        when(identity.createGroupQuery()).thenReturn(groups);
        when(identity.createUserQuery()).thenReturn(mock(UserQuery.class, Answers.RETURNS_SELF));
        when(groups.groupMember(anyString())).thenReturn(groups);
        return identity;
    }
}
