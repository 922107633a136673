package dk.medhearing.hearing;

import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.HearingRecords;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The hearing's records as a committee's part reads and moves them; HovedMED's steps become the main state. */
@Component
class ResponseHearingRecords implements HearingRecords {

    private final HearingRepository hearings;

    ResponseHearingRecords(HearingRepository hearings) {
        this.hearings = hearings;
    }

    @Override
    public Optional<OffsetDateTime> responseDeadline(String reference) {
        return hearings.find(reference).map(Hearing::responseDeadline);
    }

    @Override
    public Optional<OffsetDateTime> mainMeetingAt(String reference) {
        return hearings.find(reference).map(Hearing::mainMeetingAt);
    }

    @Override
    public void mainCommitteeReached(String reference, CommitteeState state) {
        hearings.updateMainState(reference, mainState(state));
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
