package dk.medhearing.casefile;

import dk.medhearing.committee.Organisation;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * The case file (sagsmappe) of a hearing or a dialogue meeting, built from the records as they stand now: every
 * document as PDF/A in journal order, the journal list, the dispatch log (PDF and CSV) and {@code sag.json}, zipped.
 * Reads only; who may ask is the caller's business ({@link CaseFileController} for the API). An unknown case is a
 * {@link NotFoundException}.
 */
@Service
public class CaseFileService {

    private final HearingRepository hearings;
    private final DialogueRepository dialogueMeetings;
    private final HearingCaseDocuments hearingDocuments;
    private final DialogueCaseDocuments dialogueDocuments;
    private final CaseFileWriter writer;
    private final CaseFileProperties properties;
    private final Organisation organisation;
    private final EngineClock clock;

    CaseFileService(
            HearingRepository hearings,
            DialogueRepository dialogueMeetings,
            HearingCaseDocuments hearingDocuments,
            DialogueCaseDocuments dialogueDocuments,
            CaseFileWriter writer,
            CaseFileProperties properties,
            Organisation organisation,
            EngineClock clock) {
        this.hearings = hearings;
        this.dialogueMeetings = dialogueMeetings;
        this.hearingDocuments = hearingDocuments;
        this.dialogueDocuments = dialogueDocuments;
        this.writer = writer;
        this.properties = properties;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The hearing's case file; {@link NotFoundException} for an unknown reference (any case). */
    public CaseFile hearingCaseFile(String reference) {
        Hearing h = hearing(reference);
        CaseFileWriter.Case c = new CaseFileWriter.Case(
                "hearing",
                "Høring",
                h.reference(),
                h.title(),
                organisation.municipality(),
                h.publishedAt(),
                h.submittedAt(),
                new CaseManifest.Dates(
                        h.publishedAt(),
                        h.responseDeadline(),
                        h.mainMeetingAt(),
                        h.politicalMeetingAt(),
                        h.submittedAt(),
                        null,
                        null),
                properties.forHearing(h.reference()));
        return writer.write(c, hearingDocuments.collect(h), clock.now());
    }

    /** The dialogue meeting's case file; {@link NotFoundException} for an unknown reference. */
    public CaseFile dialogueCaseFile(String meetingReferenceOrId) {
        DialogueMeeting m = dialogueMeeting(meetingReferenceOrId);
        CaseFileWriter.Case c = new CaseFileWriter.Case(
                "dialogueMeeting",
                "Dialogmøde",
                m.reference(),
                m.title(),
                organisation.municipality(),
                m.createdAt(),
                m.closedAt(),
                new CaseManifest.Dates(null, null, null, null, null, m.meetingAt(), m.minutesApprovedAt()),
                properties.forDialogueMeeting(m.reference()));
        return writer.write(c, dialogueDocuments.collect(m), clock.now());
    }

    /** The hearing, its reference written in any case; {@link NotFoundException} as the hearing API words it. */
    Hearing hearing(String reference) {
        String normalised = InputRules.normaliseReference(reference);
        return (normalised == null ? Optional.<Hearing>empty() : hearings.find(normalised))
                .orElseThrow(() -> new NotFoundException("Høringen " + normalised + " findes ikke"));
    }

    DialogueMeeting dialogueMeeting(String reference) {
        String trimmed = reference == null ? "" : reference.trim();
        return dialogueMeetings
                .find(trimmed)
                .orElseThrow(() -> new NotFoundException("Dialogmødet " + trimmed + " findes ikke"));
    }
}
