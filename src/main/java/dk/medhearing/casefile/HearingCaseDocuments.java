package dk.medhearing.casefile;

import dk.medhearing.casefile.RecordPage.Field;
import dk.medhearing.casefile.RecordPage.Section;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.document.ConsolidatedDocumentService;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.mail.OutboxMail;
import dk.medhearing.mail.OutboxRepository;
import dk.medhearing.response.Approval;
import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.Minutes;
import dk.medhearing.response.MinutesRepository;
import dk.medhearing.response.Participation;
import dk.medhearing.response.ParticipationRepository;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.medhearing.casefile.JournalKind.INTERNAL;

/**
 * A hearing's documents, from its records (read only): the hearing letter, per consulted committee its meeting
 * call, minutes and response (or the note that none came in time), HovedMED's minutes, the stored consolidated
 * response as it is, the submission and the dispatch log. The case's owner is the administration: what it sends is
 * outgoing, what the committees send it is incoming, a committee's own records are internal.
 */
@Component
class HearingCaseDocuments {

    private final Organisation organisation;
    private final ParticipationRepository participations;
    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ResponseRepository responses;
    private final ConsolidatedDocumentService consolidated;
    private final OutboxRepository outbox;

    HearingCaseDocuments(
            Organisation organisation,
            ParticipationRepository participations,
            MeetingRepository meetings,
            MinutesRepository minutes,
            ResponseRepository responses,
            ConsolidatedDocumentService consolidated,
            OutboxRepository outbox) {
        this.organisation = organisation;
        this.participations = participations;
        this.meetings = meetings;
        this.minutes = minutes;
        this.responses = responses;
        this.consolidated = consolidated;
        this.outbox = outbox;
    }

    List<CaseDocument> collect(Hearing hearing) {
        String reference = hearing.reference();
        String owner = organisation.administration().name();
        String main = organisation.mainCommittee().id();
        CommitteeDocuments pages = new CommitteeDocuments(organisation, hearing);
        List<CaseDocument> documents = new ArrayList<>();
        documents.add(CaseDocument.page(
                "hoeringsbrev",
                hearing.publishedAt(),
                JournalKind.OUTGOING,
                owner,
                "HovedMED og de hørte CenterMED",
                HearingLetter.page(pages, hearing)));

        Map<String, Meeting> meetingOf =
                meetings.forHearing(reference).stream().collect(Collectors.toMap(Meeting::committee, m -> m));
        Map<String, Minutes> minutesOf =
                minutes.forHearing(reference).stream().collect(Collectors.toMap(Minutes::committee, m -> m));
        Map<String, List<ResponseDraft>> versionsOf =
                responses.allForHearing(reference).stream().collect(Collectors.groupingBy(ResponseDraft::committee));
        Map<String, List<Approval>> approvalsOf =
                responses.approvalsForHearing(reference).stream().collect(Collectors.groupingBy(Approval::committee));
        for (Participation p : participations.forHearing(reference)) {
            String id = p.committee();
            if (id.equals(main)) {
                continue;
            }
            String name = pages.name(id);
            String slug = slug(id);
            Meeting meeting = meetingOf.get(id);
            if (meeting != null) {
                documents.add(CaseDocument.page(
                        slug + "-moedeindkaldelse",
                        meeting.scheduledAt(),
                        INTERNAL,
                        name,
                        name,
                        pages.meetingCall(meeting)));
            }
            Minutes m = minutesOf.get(id);
            if (m != null) {
                documents.add(CaseDocument.page(
                        slug + "-referat",
                        m.recordedAt(),
                        INTERNAL,
                        name,
                        name,
                        pages.minutes(m, "Referat af ekstraordinært møde i " + name, List.of())));
            }
            List<ResponseDraft> versions = versionsOf.getOrDefault(id, List.of());
            ResponseDraft submitted = versions.stream()
                    .filter(ResponseDraft::submitted)
                    .findFirst()
                    .orElse(null);
            if (submitted != null) {
                documents.add(CaseDocument.page(
                        slug + "-hoeringssvar",
                        submitted.submittedAt(),
                        JournalKind.of(name, owner, owner),
                        name,
                        owner,
                        pages.response(submitted, versions, approvalsOf.getOrDefault(id, List.of()))));
            } else if (p.state() == CommitteeState.NO_RESPONSE) {
                documents.add(CaseDocument.page(
                        slug + "-intet-hoeringssvar",
                        p.updatedAt(),
                        INTERNAL,
                        owner,
                        owner,
                        pages.noResponse(id, p.updatedAt())));
            }
        }
        Unit mainCommittee = organisation.mainCommittee();
        minutes.find(reference, main)
                .ifPresent(m -> documents.add(CaseDocument.page(
                        "hovedmed-referat",
                        m.recordedAt(),
                        INTERNAL,
                        mainCommittee.name(),
                        mainCommittee.name(),
                        pages.minutes(
                                m,
                                "Referat af " + mainCommittee.name() + "s møde om høringen",
                                List.of(pages.approvals(approvalsOf.getOrDefault(main, List.of())))))));
        consolidated
                .find(reference)
                .ifPresent(d -> documents.add(CaseDocument.stored(
                        "hovedmed-samlet-hoeringssvar",
                        mainCommittee.name() + "s samlede høringssvar",
                        d.storedAt(),
                        JournalKind.of(mainCommittee.name(), owner, owner),
                        mainCommittee.name(),
                        owner,
                        d.pdf())));
        if (hearing.submittedAt() != null) {
            String political = organisation.politicalCommittee().name();
            documents.add(CaseDocument.page(
                    "indsendelse",
                    hearing.submittedAt(),
                    JournalKind.of(owner, political, owner),
                    owner,
                    political,
                    pages.page(
                            "Indsendelse til " + political,
                            List.of(
                                    new Field("Journalnummer", hearing.journalReference()),
                                    new Field("Indsendt af", pages.person(hearing.submittedBy())),
                                    new Field("Indsendt", DateTimes.danish(hearing.submittedAt())),
                                    new Field("Politisk udvalgs møde", DateTimes.danish(hearing.politicalMeetingAt()))),
                            List.of(Section.notice(
                                    null,
                                    "Det samlede høringssvar med CenterMEDernes høringssvar "
                                            + "som bilag er sendt til " + political + ".")))));
        }
        List<OutboxMail> mails = outbox.forBusinessKey(reference);
        documents.add(CaseDocument.page(
                        "forsendelseslog",
                        DispatchLog.date(mails),
                        INTERNAL,
                        owner,
                        owner,
                        pages.page("Forsendelseslog", List.of(), List.of(DispatchLog.table(mails))))
                .withCompanion("csv", "text/csv", DispatchLog.csv(mails)));
        return documents;
    }

    /** A committee id as a file name part: letters, digits and hyphens only. */
    static String slug(String id) {
        return id.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
