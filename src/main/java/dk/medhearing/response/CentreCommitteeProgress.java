package dk.medhearing.response;

import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A CenterMED's part: its step is its participation's state; it schedules its own meeting. */
@Component
class CentreCommitteeProgress implements Progress {

    private final ParticipationRepository participations;
    private final EngineClock clock;

    CentreCommitteeProgress(ParticipationRepository participations, EngineClock clock) {
        this.participations = participations;
        this.clock = clock;
    }

    @Override
    public void record(ResponseKey key, CommitteeState state) {
        participations.updateState(key.reference(), key.committee(), state, clock.now());
    }

    @Override
    public Optional<OffsetDateTime> plannedMeeting(String reference) {
        return Optional.empty();
    }
}
