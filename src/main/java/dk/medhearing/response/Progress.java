package dk.medhearing.response;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Where one kind of committee part records the step it reached: a CenterMED's in its participation
 * ({@link CentreCommitteeProgress}), HovedMED's as the hearing's main state ({@link MainCommitteeProgress}). Each
 * listener is given its part's progress when its bean is made ({@link ResponseListeners}), so none asks which
 * committee it works for.
 */
interface Progress {

    void record(ResponseKey key, CommitteeState state);

    /** The meeting our records plan for this part, when the committee has not scheduled one itself. */
    Optional<OffsetDateTime> plannedMeeting(String reference);
}
