package dk.medhearing.document;

import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.document.ConsolidatedResponse.CommitteeSection;
import dk.medhearing.document.ConsolidatedResponse.MinutesHeader;
import dk.medhearing.document.ConsolidatedResponse.Outcome;
import dk.medhearing.document.ConsolidatedResponse.Response;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.Minutes;
import dk.medhearing.response.MinutesRepository;
import dk.medhearing.response.Participation;
import dk.medhearing.response.ParticipationRepository;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.medhearing.document.Text.clean;

/** Gathers a hearing's consolidated response from the stored records, in the order and wording of the document. */
@Component
class ConsolidatedResponseAssembler {

    private final HearingRepository hearings;
    private final ParticipationRepository participations;
    private final MinutesRepository minutes;
    private final ResponseRepository responses;
    private final Organisation organisation;
    private final EngineClock clock;

    ConsolidatedResponseAssembler(
            HearingRepository hearings,
            ParticipationRepository participations,
            MinutesRepository minutes,
            ResponseRepository responses,
            Organisation organisation,
            EngineClock clock) {
        this.hearings = hearings;
        this.participations = participations;
        this.minutes = minutes;
        this.responses = responses;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The document as the records stand now, dated today; {@link NotFoundException} for an unknown hearing. */
    public ConsolidatedResponse assemble(String reference) {
        Hearing hearing = hearings.find(reference)
                .orElseThrow(() -> new NotFoundException("Høringen " + reference + " findes ikke"));
        Unit main = organisation.mainCommittee();
        Map<String, Minutes> minutesByCommittee = minutes.forHearing(reference).stream()
                .collect(Collectors.toMap(Minutes::committee, Function.identity()));
        Map<String, ResponseDraft> submitted = responses.submittedForHearing(reference).stream()
                .collect(Collectors.toMap(
                        ResponseDraft::committee,
                        Function.identity(),
                        BinaryOperator.maxBy(Comparator.comparingInt(ResponseDraft::version))));
        List<CommitteeSection> sections = participations.forHearing(reference).stream()
                .map(p -> new CommitteeSection(
                        clean(organisation.unit(p.committee()).map(Unit::name).orElse(p.committee())),
                        header(minutesByCommittee.get(p.committee())),
                        committeeResponse(p, submitted.get(p.committee()))))
                .toList();
        return new ConsolidatedResponse(
                clean(organisation.municipality()),
                clean(fullName(organisation.administration())),
                clean(main.name()),
                clean(organisation.politicalCommittee().name()),
                clean(hearing.title()),
                clean(hearing.reference()),
                DateTimes.danishDate(clock.now()),
                response(responses.latest(reference, main.id()).orElse(null)),
                window(hearing),
                sections);
    }

    /**
     * "Høringsperioden: 10 arbejdsdage fra 5. november 2015 til 19. november 2015", counted when the hearing was
     * published, with the justification of a short window.
     */
    private String window(Hearing hearing) {
        int days = hearing.windowWorkingDays();
        String window = "Høringsperioden: " + days + (days == 1 ? " arbejdsdag" : " arbejdsdage") + " fra "
                + DateTimes.danishDate(hearing.publishedAt()) + " til "
                + DateTimes.danishDate(hearing.responseDeadline());
        return hearing.shortWindowJustification() == null
                ? window
                : window + ". Kort frist begrundet med: " + hearing.shortWindowJustification();
    }

    private static Response committeeResponse(Participation participation, ResponseDraft submitted) {
        if (participation.state() == CommitteeState.NO_RESPONSE) {
            return new Response(Outcome.NO_RESPONSE, null, null);
        }
        return response(submitted);
    }

    private static Response response(ResponseDraft draft) {
        if (draft == null) {
            return new Response(Outcome.PENDING, null, null);
        }
        Text remarks = Text.of(draft.employeeRemarks());
        Text text = draft.noRemarks() ? null : Text.of(draft.text());
        return new Response(text == null ? Outcome.NO_REMARKS : Outcome.RESPONDED, text, remarks);
    }

    private static MinutesHeader header(Minutes m) {
        if (m == null) {
            return null;
        }
        String day = DateTimes.danishDay(m.meetingStartsAt());
        String time = m.meetingStartsAt() == null
                ? ""
                : "Kl. " + DateTimes.danishTime(m.meetingStartsAt())
                        + (m.meetingEndsAt() == null ? "" : "-" + DateTimes.danishTime(m.meetingEndsAt()));
        String absentees = names(m.absentees());
        return new MinutesHeader(
                day.isEmpty() ? "" : Character.toUpperCase(day.charAt(0)) + day.substring(1),
                time,
                clean(m.place()),
                names(m.managementAttendees()),
                names(m.employeeAttendees()),
                absentees.isEmpty() ? "Ingen" : absentees,
                clean(m.meetingChair()),
                clean(m.minuteTaker()));
    }

    /** Names recorded one per line (TR/AMR in brackets), written as in the source document: "A (TR), B, C (AMR)". */
    private static String names(String lines) {
        return lines == null
                ? ""
                : Arrays.stream(clean(lines).split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.joining(", "));
    }

    private static String fullName(Unit unit) {
        return unit.fullName() == null || unit.fullName().isBlank() ? unit.name() : unit.fullName();
    }
}
