package dk.medhearing.response;

import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Optional;

/** HovedMED's part: its step is the hearing's main state; its meeting is the one the hearing was started with. */
@Component
class MainCommitteeProgress implements Progress {

    private final HearingRecords hearings;

    MainCommitteeProgress(HearingRecords hearings) {
        this.hearings = hearings;
    }

    @Override
    public void record(ResponseKey key, CommitteeState state) {
        hearings.mainCommitteeReached(key.reference(), state);
    }

    @Override
    public Optional<OffsetDateTime> plannedMeeting(String reference) {
        return hearings.mainMeetingAt(reference);
    }
}
