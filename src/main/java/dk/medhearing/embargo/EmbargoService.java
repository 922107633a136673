package dk.medhearing.embargo;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.HearingService;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.ValidationFailedException;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** The embargo's rules: who the centre managers are, their confirmations, and the publication that ends it. */
@Service
public class EmbargoService {

    static final String CONFIRMED = "CONFIRMED";
    static final String EXPIRED = "EXPIRED";
    static final int MAX_NOTE = 1000;

    private final EmbargoRepository confirmations;
    private final HearingRepository hearings;
    private final HearingService hearingService;
    private final HearingSchedule schedule;
    private final EngineClock clock;

    EmbargoService(
            EmbargoRepository confirmations,
            HearingRepository hearings,
            HearingService hearingService,
            HearingSchedule schedule,
            EngineClock clock) {
        this.confirmations = confirmations;
        this.hearings = hearings;
        this.hearingService = hearingService;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The centre manager of a CenterMED: its chair on the management side (the task goes to {@code <unit>-chair}). */
    public static List<Member> centreManagers(Unit unit) {
        return unit.members().stream()
                .filter(m -> m.side() == Side.MANAGEMENT && m.has(Role.CHAIR))
                .toList();
    }

    /** A centre manager confirms; the box must be ticked, the note is optional and short. */
    void confirm(String reference, String committee, String user, Object staffBriefed, Object note) {
        List<FieldError> errors = new ArrayList<>();
        if (!Boolean.TRUE.equals(staffBriefed)) {
            errors.add(new FieldError(
                    "staffBriefed", "Sæt kryds ved, at medarbejderne er orienteret, før du " + "bekræfter."));
        }
        String text = note == null || note.toString().isBlank()
                ? null
                : note.toString().trim();
        if (text != null && text.length() > MAX_NOTE) {
            errors.add(new FieldError("briefingNote", "Bemærkningen må højst være " + MAX_NOTE + " tegn."));
        }
        ValidationFailedException.throwIfAny("Bekræftelsen blev ikke gemt", errors);
        confirmations.confirm(new EmbargoConfirmation(reference, committee, user, clock.now(), text));
    }

    /**
     * Publishes the hearing to all members: from now on the window counts. CONFIRMED when every consulted CenterMED
     * has confirmed, else EXPIRED (the embargo's end came first).
     */
    void publish(String reference) {
        Hearing hearing = hearings.find(reference).orElseThrow(() -> new NoSuchElementException(reference));
        if (hearing.embargoRelease().isPresent()) {
            return;
        }
        Set<String> confirmed = confirmations.forHearing(reference).stream()
                .map(EmbargoConfirmation::committee)
                .collect(Collectors.toSet());
        String reason = confirmed.containsAll(hearing.committees()) ? CONFIRMED : EXPIRED;
        OffsetDateTime now = clock.now();
        hearingService.markPublished(
                reference, now, schedule.windowWorkingDays(now, hearing.responseDeadline()), reason);
    }
}
