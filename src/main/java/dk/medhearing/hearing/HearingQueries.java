package dk.medhearing.hearing;

import dk.medhearing.committee.Organisation;
import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.MeetingRules;
import dk.medhearing.response.Participation;
import dk.medhearing.response.ParticipationRepository;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads hearings for the status API and pages, limited to what the user may see ({@link HearingVisibility}). */
@Service
public class HearingQueries {

    private final HearingRepository hearings;
    private final ParticipationRepository participations;
    private final MeetingRepository meetings;
    private final ResponseRepository responses;
    private final Organisation organisation;
    private final HearingVisibility visibility;
    private final ConsolidatedDocuments documents;
    private final MeetingRules meetingRules;

    public HearingQueries(
            HearingRepository hearings,
            ParticipationRepository participations,
            MeetingRepository meetings,
            ResponseRepository responses,
            Organisation organisation,
            HearingVisibility visibility,
            ConsolidatedDocuments documents,
            MeetingRules meetingRules) {
        this.meetingRules = meetingRules;
        this.documents = documents;
        this.hearings = hearings;
        this.participations = participations;
        this.meetings = meetings;
        this.responses = responses;
        this.organisation = organisation;
        this.visibility = visibility;
    }

    public List<HearingStatus> list(CurrentUser user) {
        return hearings.findAll().stream()
                .filter(h -> visibility.maySee(user, h))
                .map(this::status)
                .toList();
    }

    public HearingStatus get(String reference, CurrentUser user) {
        return hearings.find(reference)
                .filter(h -> visibility.maySee(user, h))
                .map(this::status)
                .orElseThrow(() -> new NotFoundException("Høringen " + reference + " findes ikke"));
    }

    private HearingStatus status(Hearing h) {
        Map<String, Meeting> meetingByCommittee = meetings.forHearing(h.reference()).stream()
                .collect(Collectors.toMap(Meeting::committee, Function.identity()));
        Map<String, ResponseDraft> latest = responses.latestForHearing(h.reference());
        List<HearingStatus.CommitteeStatus> committees = participations.forHearing(h.reference()).stream()
                .map(p -> committeeStatus(p, meetingByCommittee.get(p.committee()), latest.get(p.committee())))
                .toList();
        int submitted = (int) committees.stream()
                .filter(c -> CommitteeState.SUBMITTED.name().equals(c.state()))
                .count();
        HearingStatus.MainCommitteeStatus main = new HearingStatus.MainCommitteeStatus(
                organisation.mainCommittee().id(),
                h.mainState().name(),
                h.mainState().label(),
                h.submittedAt(),
                h.submittedBy(),
                h.journalReference(),
                documents.exists(h.reference()) ? HearingLinks.documentPath(h.reference()) : null);
        return new HearingStatus(
                h.reference(),
                h.title(),
                h.summary(),
                h.documentLinks(),
                h.publishedAt(),
                h.responseDeadline(),
                h.orientationAt(),
                h.orientationPlace(),
                h.mainMeetingAt(),
                h.politicalMeetingAt(),
                h.createdBy(),
                h.windowWorkingDays(),
                h.shortWindowJustification(),
                h.holidayWarning(),
                h.deadlineText(),
                submitted,
                committees.size(),
                committees,
                main);
    }

    private HearingStatus.CommitteeStatus committeeStatus(Participation p, Meeting meeting, ResponseDraft latest) {
        // older records may hold a response submitted before its meeting: it is not shown until the meeting begins
        boolean held = meeting == null || meetingRules.responseShown(meeting.startsAt());
        Optional<ResponseDraft> response =
                Optional.ofNullable(latest).filter(ResponseDraft::submitted).filter(r -> held);
        CommitteeState state =
                held || p.state() == CommitteeState.NO_RESPONSE ? p.state() : CommitteeState.MEETING_SCHEDULED;
        return new HearingStatus.CommitteeStatus(
                p.committee(),
                organisation.unit(p.committee()).map(u -> u.name()).orElse(p.committee()),
                state.name(),
                state.label(),
                meeting == null
                        ? null
                        : new HearingStatus.MeetingStatus(meeting.startsAt(), meeting.endsAt(), meeting.place()),
                response.map(ResponseDraft::submittedAt).orElse(null),
                response.map(ResponseDraft::noRemarks).orElse(null),
                response.map(r -> r.employeeRemarks() != null).orElse(null));
    }
}
