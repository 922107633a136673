package dk.medhearing.hearing;

import dk.medhearing.committee.Organisation;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FieldRules;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static dk.medhearing.kit.Texts.trimmed;

/**
 * The one validation of a hearing start, for the REST API and the Tasklist start form alike. Collects every broken
 * rule; {@link #validate} either returns the hearing or throws with all of them.
 */
@Component
public class HearingValidator {

    static final String REJECTED = "Høringen blev ikke startet";
    static final int MAX_SUMMARY = 20_000;
    static final int MAX_JUSTIFICATION = 1_000;

    private final Organisation organisation;
    private final HearingRepository hearings;
    private final EngineClock clock;
    private final HearingWindow window;
    private final HearingSchedule schedule;

    public HearingValidator(
            Organisation organisation,
            HearingRepository hearings,
            EngineClock clock,
            HearingWindow window,
            HearingSchedule schedule) {
        this.schedule = schedule;
        this.organisation = organisation;
        this.hearings = hearings;
        this.clock = clock;
        this.window = window;
    }

    /** What {@link #check} found: the hearing as far as it could be read, every broken rule, and the warnings. */
    public record Checked(
            Hearing hearing, OffsetDateTime requestedDeadline, List<FieldError> errors, List<String> warnings) {}

    public Hearing validate(HearingInput input, String createdBy) {
        Checked checked = check(input, createdBy);
        ValidationFailedException.throwIfAny(REJECTED, checked.errors());
        return checked.hearing();
    }

    /** Every rule, without throwing: the hearing's fields that could be read (others {@code null}) and what is wrong. */
    public Checked check(HearingInput input, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String reference = InputRules.normaliseReference(input.reference());
        if (!InputRules.plainText(errors, "reference", "Journalnummer", input.reference(), true)) {
            reference = null;
        } else if (reference == null) {
            errors.add(new FieldError("reference", "Journalnummer skal udfyldes."));
        } else if (!InputRules.REFERENCE.matcher(reference).matches()) {
            errors.add(new FieldError(
                    "reference",
                    "Journalnummeret må kun indeholde bogstaver, tal og '-', skal starte"
                            + " med et bogstav eller tal og være 2 til 40 tegn, fx BIF-2026-0042."));
        } else if (hearings.exists(reference)) {
            errors.add(new FieldError(
                    "reference", "Journalnummeret " + reference + " er allerede brugt af en anden høring."));
        }
        String title = FieldRules.title(errors, "title", input.title());
        InputRules.plainText(errors, "summary", "Resumé", input.summary(), false);
        InputRules.plainText(
                errors,
                "shortWindowJustification",
                "Begrundelse for kort høringsfrist",
                input.shortWindowJustification(),
                false);
        InputRules.maxLength(errors, "summary", "Resuméet", trimmed(input.summary()), MAX_SUMMARY);
        InputRules.maxLength(
                errors,
                "shortWindowJustification",
                "Begrundelsen for den korte frist",
                trimmed(input.shortWindowJustification()),
                MAX_JUSTIFICATION);
        List<String> links = HearingLists.documentLinks(input.documentLinks(), errors);
        List<String> committees = HearingLists.committees(organisation, input.committees(), errors);

        OffsetDateTime now = clock.now();
        OffsetDateTime requestedDeadline =
                DateTimes.parse("responseDeadline", "Høringsfristen", input.responseDeadline(), true, errors);
        // the range first: a deadline thousands of years ahead is neither rolled nor counted
        boolean deadlineInRange =
                InputRules.withinRange(errors, "responseDeadline", "Høringsfristen", requestedDeadline, now);
        OffsetDateTime deadline =
                requestedDeadline == null || !deadlineInRange ? null : schedule.rollForward(requestedDeadline);
        if (deadline != null && !deadline.isEqual(requestedDeadline)) {
            warnings.add("Høringsfristen " + DateTimes.danish(requestedDeadline) + " er ikke en arbejdsdag; fristen "
                    + "flyttes til " + DateTimes.danish(deadline) + ".");
        }
        OffsetDateTime mainMeeting = DateTimes.parse(
                "mainCommitteeMeetingAt", "Datoen for HovedMEDs møde", input.mainCommitteeMeetingAt(), true, errors);
        OffsetDateTime politicalMeeting = DateTimes.parse(
                "politicalCommitteeMeetingAt",
                "Datoen for udvalgsmødet",
                input.politicalCommitteeMeetingAt(),
                true,
                errors);
        boolean inRange = deadlineInRange
                & InputRules.withinRange(errors, "mainCommitteeMeetingAt", "HovedMEDs møde", mainMeeting, now)
                & InputRules.withinRange(errors, "politicalCommitteeMeetingAt", "Udvalgsmødet", politicalMeeting, now);
        // a date beyond the range is refused and not used further: no schedule or calendar is computed up to it
        mainMeeting = inRange(mainMeeting, now);
        politicalMeeting = inRange(politicalMeeting, now);
        // the deadline as typed must lie ahead: a past Saturday rolled to next Monday is still a date in the past
        boolean deadlineAhead = deadline != null && requestedDeadline.isAfter(now);
        if (deadline != null && !deadlineAhead) {
            errors.add(new FieldError("responseDeadline", "Høringsfristen skal ligge i fremtiden."));
        }
        if (deadline != null && mainMeeting != null && !mainMeeting.isAfter(deadline)) {
            errors.add(new FieldError("mainCommitteeMeetingAt", "HovedMEDs møde skal ligge efter høringsfristen."));
        }
        if (mainMeeting != null && politicalMeeting != null && !politicalMeeting.isAfter(mainMeeting)) {
            errors.add(new FieldError("politicalCommitteeMeetingAt", "Udvalgsmødet skal ligge efter HovedMEDs møde."));
        }

        OffsetDateTime orientationAt = null;
        String orientationPlace = null;
        HearingInput.OrientationMeeting orientation = input.orientationMeeting();
        if (orientation != null && (trimmed(orientation.at()) != null || trimmed(orientation.place()) != null)) {
            orientationAt = DateTimes.parse(
                    "orientationMeeting.at", "Tidspunktet for orienteringsmødet", orientation.at(), true, errors);
            orientationAt =
                    InputRules.withinRange(errors, "orientationMeeting.at", "Orienteringsmødet", orientationAt, now)
                            ? orientationAt
                            : null;
            orientationPlace = trimmed(orientation.place());
            if (!InputRules.plainText(
                    errors, "orientationMeeting.place", "Sted for orienteringsmødet", orientation.place(), true)) {
                orientationPlace = null;
            } else if (orientationPlace == null) {
                errors.add(new FieldError("orientationMeeting.place", "Stedet for orienteringsmødet skal udfyldes."));
            }
            InputRules.maxLength(
                    errors,
                    "orientationMeeting.place",
                    "Stedet for orienteringsmødet",
                    orientationPlace,
                    FieldRules.MAX_PLACE);
            if (orientationAt != null && !orientationAt.isAfter(now)) {
                errors.add(new FieldError("orientationMeeting.at", "Orienteringsmødet skal ligge i fremtiden."));
            }
            if (orientationAt != null && deadline != null && !orientationAt.isBefore(deadline)) {
                errors.add(new FieldError("orientationMeeting.at", "Orienteringsmødet skal ligge før høringsfristen."));
            }
        }
        OffsetDateTime embargoUntil =
                DateTimes.parse("embargoUntil", "Embargoens udløb", input.embargoUntil(), false, errors);
        if (!InputRules.withinRange(errors, "embargoUntil", "Embargoens udløb", embargoUntil, now)) {
            embargoUntil = null;
        }
        if (embargoUntil != null && !embargoUntil.isAfter(now)) {
            errors.add(new FieldError("embargoUntil", "Embargoen skal udløbe i fremtiden."));
            embargoUntil = null;
        }
        if (embargoUntil != null && deadline != null && !embargoUntil.isBefore(deadline)) {
            errors.add(new FieldError("embargoUntil", "Embargoen skal udløbe før høringsfristen."));
            embargoUntil = null;
        }
        // the range check first: the working days of a window are only counted for a sane deadline
        HearingWindow.Window window = deadlineAhead && inRange
                ? this.window.count(deadline, embargoUntil, now, trimmed(input.shortWindowJustification()), errors)
                : HearingWindow.Window.notCounted(trimmed(input.shortWindowJustification()));
        String justification = window.justification();
        String holidayWarning = window.holidayWarning();
        if (holidayWarning != null) {
            warnings.add(holidayWarning);
        }
        if (justification != null) {
            warnings.add(
                    "Kort høringsperiode (" + window.workingDays() + " arbejdsdage), begrundet med: " + justification);
        }
        Hearing hearing = Hearing.builder()
                .reference(reference)
                .title(title)
                .summary(trimmed(input.summary()))
                .documentLinks(links)
                .committees(committees)
                .publishedAt(now)
                .responseDeadline(deadline)
                .orientationAt(orientationAt)
                .orientationPlace(orientationPlace)
                .mainMeetingAt(mainMeeting)
                .politicalMeetingAt(politicalMeeting)
                .createdBy(createdBy)
                .mainState(MainCommitteeState.AWAITING_COMMITTEES)
                .windowWorkingDays(window.workingDays())
                .shortWindowJustification(justification)
                .holidayWarning(holidayWarning)
                .embargoUntil(embargoUntil)
                .build();
        return new Checked(hearing, requestedDeadline, List.copyOf(errors), List.copyOf(warnings));
    }

    private static OffsetDateTime inRange(OffsetDateTime time, OffsetDateTime now) {
        return InputRules.withinRange(new ArrayList<>(), "", "", time, now) ? time : null;
    }
}
