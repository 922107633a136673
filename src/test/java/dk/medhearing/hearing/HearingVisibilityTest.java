package dk.medhearing.hearing;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.OrganisationLoader;
import dk.medhearing.committee.Unit;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see a hearing of AMC and JKU, per role, under embargo and after its publication, with the shipped
 * organisation ({@code config/organisation.yaml}): its sides are the ones the rule reads.
 */
class HearingVisibilityTest {

    private static final Organisation ORGANISATION = new OrganisationLoader().load(Path.of("config/organisation.yaml"));
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

    private final HearingVisibility visibility = new HearingVisibility(ORGANISATION, new AccessPolicy(ORGANISATION));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "karen.holm",
                "anders.friis",
                "camilla.sand",
                "erik.moeller",
                "frederik.bach",
                "jens.lykke",
                "sofie.brandt",
                "lise.noergaard"
            })
    void administratorsAndTheManagementSideSeeAnEmbargoedHearing(String userId) {
        // given a hearing of AMC and JKU under embargo
        Hearing hearing = hearing(null);

        // when and then: administrators, the consulted committees' and HovedMED's management side see it
        assertThat(visibility.maySee(user(userId), hearing)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "birthe.lund",
                "dorte.kjaer",
                "gitte.holst",
                "ida.skov",
                "hanne.dahl",
                "peter.krogh",
                "ole.vestergaard"
            })
    void theEmployeeSideDoesNotSeeAnEmbargoedHearing(String userId) {
        // given a hearing of AMC and JKU under embargo
        Hearing hearing = hearing(null);

        // when and then: TR, AMR and the employee side of the consulted committees and of HovedMED do not see it
        assertThat(visibility.maySee(user(userId), hearing)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "birthe.lund",
                "dorte.kjaer",
                "anders.friis",
                "gitte.holst",
                "hanne.dahl",
                "peter.krogh",
                "jens.lykke",
                "karen.holm",
                "admin"
            })
    void everyMemberOfTheConsultedCommitteesAndHovedMedSeesItOncePublished(String userId) {
        // given the hearing, published when the centre managers confirmed, and one without an embargo
        Hearing published = hearing("CONFIRMED");
        Hearing withoutEmbargo = hearingWithoutEmbargo().build();

        // when and then: both sides see both
        assertThat(visibility.maySee(user(userId), published)).isTrue();
        assertThat(visibility.maySee(user(userId), withoutEmbargo)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bo.juul.jensen", "zenia.mortensen", "yvonne.ebbesen", "tove.kastrup", "maja.agu"})
    void anotherCommitteesMembersNeverSeeIt(String userId) {
        // given the hearing under embargo, after publication and without an embargo
        List<Hearing> hearings = List.of(
                hearing(null), hearing("EXPIRED"), hearingWithoutEmbargo().build());

        // when and then: members of committees that are not consulted see none of them
        assertThat(hearings).noneMatch(h -> visibility.maySee(user(userId), h));
    }

    @Test
    void aGroupMemberTheOrganisationDoesNotListSeesItOnlyOncePublished() {
        // given someone added to AMC's group by hand, whose side the organisation file does not know
        CurrentUser stranger = new CurrentUser("vikar.hansen", List.of("amc"));

        // when and then: not under embargo, as any member once published
        assertThat(visibility.maySee(stranger, hearing(null))).isFalse();
        assertThat(visibility.maySee(stranger, hearing("CONFIRMED"))).isTrue();
    }

    @Test
    void aManagementSideMemberOutsideTheCommitteesGroupDoesNotSeeIt() {
        // given AMC's chair as a user without AMC's group (removed in Camunda's admin)
        CurrentUser chair = new CurrentUser("anders.friis", List.of("amc-chair"));

        // when and then: the group decides membership, the organisation file the side
        assertThat(visibility.maySee(chair, hearing(null))).isFalse();
    }

    @Test
    void mailUnderEmbargoGoesToTheManagementSideOnly() {
        // given the hearing under embargo, and once published
        Unit amc = ORGANISATION.requireUnit("amc");
        Unit ckb = ORGANISATION.requireUnit("ckb");

        // when and then: under embargo AMC's management side, once published all of AMC; never CKB (not consulted)
        assertThat(amc.members().stream()
                        .filter(m -> visibility.mayReceive(hearing(null), amc, m))
                        .map(Member::id))
                .containsExactly("anders.friis", "camilla.sand", "erik.moeller");
        assertThat(amc.members().stream().filter(m -> visibility.mayReceive(hearing("EXPIRED"), amc, m)))
                .hasSameSizeAs(amc.members());
        assertThat(ckb.members()).noneMatch(m -> visibility.mayReceive(hearing("CONFIRMED"), ckb, m));
    }

    @Test
    void aMemberIsNotMailedAsAMemberOfAnotherUnit() {
        // given AMC's chair, passed with JKU's unit under embargo
        Member chair = ORGANISATION.requireUnit("amc").members().get(0);

        // when and then: the side is the one the chair has in that unit: none
        assertThat(visibility.mayReceive(hearing(null), ORGANISATION.requireUnit("jku"), chair))
                .isFalse();
    }

    /** The user as the app authenticates them: the Camunda groups the organisation gives them. */
    private static CurrentUser user(String id) {
        if ("admin".equals(id)) {
            return new CurrentUser(id, List.of(CurrentUser.CAMUNDA_ADMIN));
        }
        List<String> groups = new ArrayList<>();
        for (Unit unit : ORGANISATION.units()) {
            unit.members().stream().filter(m -> m.id().equals(id)).forEach(m -> {
                groups.add(unit.id());
                m.roles().forEach(role -> groups.add(unit.roleGroupId(role)));
            });
        }
        assertThat(groups).as("groups of " + id).isNotEmpty();
        return new CurrentUser(id, groups);
    }

    /** A hearing of AMC and JKU with an embargo; {@code released} null while under embargo. */
    private static Hearing hearing(String released) {
        return hearingWithoutEmbargo()
                .reference("BIF-2026-0042")
                .documentLinks(List.of("https://example.org/forslag.pdf"))
                .embargoUntil(NOW.plusDays(2))
                .embargoReleaseReason(released)
                .build();
    }

    private static Hearing.Builder hearingWithoutEmbargo() {
        return Hearing.builder()
                .reference("BIF-2026-0043")
                .title("Omlægning")
                .summary("Forslag")
                .documentLinks(List.of())
                .committees(List.of("amc", "jku"))
                .publishedAt(NOW)
                .responseDeadline(NOW.plusDays(14))
                .mainMeetingAt(NOW.plusDays(16))
                .politicalMeetingAt(NOW.plusDays(20))
                .createdBy("karen.holm")
                .mainState(MainCommitteeState.AWAITING_COMMITTEES)
                .windowWorkingDays(10);
    }
}
