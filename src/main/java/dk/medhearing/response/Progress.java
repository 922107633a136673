package dk.medhearing.response;

import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.MainCommitteeState;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Service;

/** Records where a committee stands; for HovedMED that is the hearing's main state. */
@Service
public class Progress {

    private final ParticipationRepository participations;
    private final HearingRepository hearings;
    private final Organisation organisation;
    private final EngineClock clock;

    public Progress(ParticipationRepository participations, HearingRepository hearings, Organisation organisation,
                    EngineClock clock) {
        this.participations = participations;
        this.hearings = hearings;
        this.organisation = organisation;
        this.clock = clock;
    }

    public void record(String reference, String committee, CommitteeState state) {
        if (isMainCommittee(committee)) {
            hearings.updateMainState(reference, mainState(state));
        } else {
            participations.updateState(reference, committee, state, clock.now());
        }
    }

    public boolean isMainCommittee(String committee) {
        return organisation.mainCommittee().id().equals(committee);
    }

    private static MainCommitteeState mainState(CommitteeState state) {
        return switch (state) {
            case AWAITING_MEETING, MEETING_SCHEDULED -> MainCommitteeState.MINUTES_PENDING;
            case MINUTES_RECORDED, DRAFTING -> MainCommitteeState.DRAFTING;
            case AWAITING_APPROVAL -> MainCommitteeState.AWAITING_APPROVAL;
            case SUBMITTED -> MainCommitteeState.AWAITING_SUBMISSION;
            case NO_RESPONSE -> throw new IllegalArgumentException("HovedMED always responds");
        };
    }
}
