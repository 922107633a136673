package dk.medhearing.response;

import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.FieldError;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.Optional;

import static dk.medhearing.response.CommitteeResponseVariables.MEETING_DATE;

/**
 * The committee's work follows its meeting: minutes exist only once the meeting has begun, and a response is shown
 * only from its meeting on. "Now" is the engine's clock ({@link EngineClock}), so tests can move it.
 */
@Service
public class MeetingRules {

    private final EngineClock clock;

    public MeetingRules(EngineClock clock) {
        this.clock = clock;
    }

    /** Why minutes of a meeting that starts at {@code start} cannot be recorded now, if they cannot. */
    public Optional<FieldError> minutesRefusal(OffsetDateTime start) {
        return minutesRefusal(start, clock.now());
    }

    /**
     * The Danish reason, naming when, if the meeting has not begun at {@code now}; nothing when it has (from its
     * start on) or when no meeting is known (nothing to wait for).
     */
    static Optional<FieldError> minutesRefusal(OffsetDateTime start, OffsetDateTime now) {
        if (start == null || !now.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(
                MEETING_DATE,
                "Referatet kan først registreres, når mødet er begyndt: " + DateTimes.danish(start) + "."));
    }

    /** Whether a response of a committee whose meeting starts at {@code start} may be shown now. */
    public boolean responseShown(OffsetDateTime start) {
        return responseShown(start, clock.now());
    }

    /** A response is shown only once its meeting has begun (older records may hold one submitted before it). */
    static boolean responseShown(OffsetDateTime start, OffsetDateTime now) {
        return start == null || !now.isBefore(start);
    }
}
