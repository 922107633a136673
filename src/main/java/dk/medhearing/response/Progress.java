package dk.medhearing.response;

import dk.medhearing.committee.Organisation;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Service;

/** Records where a committee stands; for HovedMED that is the hearing's main state. */
@Service
class Progress {

    private final ParticipationRepository participations;
    private final HearingRecords hearings;
    private final Organisation organisation;
    private final EngineClock clock;

    Progress(ParticipationRepository participations, HearingRecords hearings, Organisation organisation,
                    EngineClock clock) {
        this.participations = participations;
        this.hearings = hearings;
        this.organisation = organisation;
        this.clock = clock;
    }

    public void record(ResponseKey key, CommitteeState state) {
        record(key.reference(), key.committee(), state);
    }

    public void record(String reference, String committee, CommitteeState state) {
        if (isMainCommittee(committee)) {
            hearings.mainCommitteeReached(reference, state);
        } else {
            participations.updateState(reference, committee, state, clock.now());
        }
    }

    public boolean isMainCommittee(String committee) {
        return organisation.mainCommittee().id().equals(committee);
    }
}
