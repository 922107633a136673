package dk.medhearing.hearing;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.committee.UnitType;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may see a hearing's material (its summary, links, status, board page, documents and mails): the one rule the
 * status API, the board, the documents and the mails use.
 * <ul>
 *   <li>Administrators see every hearing.</li>
 *   <li>Once published, every member of HovedMED and of each consulted CenterMED sees it.</li>
 *   <li>Until it is published (under embargo), only the management side of those committees sees it, as the
 *       organisation file records each member's side; the employee side (TR, AMR and members) does not.</li>
 * </ul>
 * Anyone else is answered as if the hearing did not exist.
 */
@Service
public class HearingVisibility {

    private final Organisation organisation;
    private final AccessPolicy access;

    public HearingVisibility(Organisation organisation, AccessPolicy access) {
        this.organisation = organisation;
        this.access = access;
    }

    /** Whether the user may see the hearing; if not, it is answered as unknown (404). */
    public boolean maySee(CurrentUser user, Hearing hearing) {
        if (access.isAdministrator(user)) {
            return true;
        }
        return audience(hearing).stream()
                .filter(unit -> user.inGroup(unit.id()))
                .anyMatch(unit -> open(hearing, sideIn(unit, user.id())));
    }

    /** Whether a member of a unit may be sent the hearing's material by mail. */
    public boolean mayReceive(Hearing hearing, Unit unit, Member member) {
        return audience(hearing).stream().anyMatch(u -> u.id().equals(unit.id()))
                && open(hearing, sideIn(unit, member.id()));
    }

    /** The committees whose members see the hearing: HovedMED and the consulted CenterMEDs. */
    private List<Unit> audience(Hearing hearing) {
        List<Unit> units = new ArrayList<>();
        units.addAll(organisation.ofType(UnitType.MAIN_COMMITTEE));
        hearing.committees().stream()
                .map(organisation::unit)
                .flatMap(Optional::stream)
                .forEach(units::add);
        return units;
    }

    /** Under embargo only the management side; once published, every side. */
    private static boolean open(Hearing hearing, Optional<Side> side) {
        return !hearing.underEmbargo() || side.filter(s -> s == Side.MANAGEMENT).isPresent();
    }

    /** The side the user sits on in the unit, as the organisation file says; empty for someone it does not list. */
    private static Optional<Side> sideIn(Unit unit, String userId) {
        return unit.members().stream()
                .filter(m -> m.id().equals(userId))
                .findFirst()
                .map(Member::side);
    }
}
