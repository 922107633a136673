package dk.medhearing.response;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What a committee's part needs of its hearing's records: the dates our records hold (never a variable a task user
 * could have set) and, for HovedMED, where its part stands. The hearing module keeps the records and implements this.
 */
public interface HearingRecords {

    Optional<OffsetDateTime> responseDeadline(String reference);

    Optional<OffsetDateTime> mainMeetingAt(String reference);

    /** HovedMED's part of the hearing reached the step that {@code state} names for a CenterMED. */
    void mainCommitteeReached(String reference, CommitteeState state);
}
