package dk.medhearing.casefile;

import dk.medhearing.casefile.RecordPage.Field;
import dk.medhearing.casefile.RecordPage.Section;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialoguePartyNames;
import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRecords.MeetingParticipant;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.dialogue.DialogueRecords.StatusNote;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.mail.OutboxMail;
import dk.medhearing.mail.OutboxRepository;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dialogue meeting's documents, from its records (read only): the invitation with the agenda, every version of
 * the status note, the minutes with decisions and both parties' approvals, the follow-ups with their outcomes and
 * dates, and the dispatch log. The case's owner is the host party, which writes them and sends them to the other.
 */
@Component
class DialogueCaseDocuments {

    private final DialogueRepository meetings;
    private final DialoguePartyNames parties;
    private final OutboxRepository outbox;

    DialogueCaseDocuments(DialogueRepository meetings, DialoguePartyNames parties, OutboxRepository outbox) {
        this.meetings = meetings;
        this.parties = parties;
        this.outbox = outbox;
    }

    List<CaseDocument> collect(DialogueMeeting meeting) {
        String reference = meeting.reference();
        String host = parties.name(parties.hostId());
        List<MeetingParticipant> participants = meetings.participants(reference);
        Map<String, String> names = participants.stream()
                .collect(Collectors.toMap(MeetingParticipant::personId, MeetingParticipant::name, (a, b) -> a));
        Function<String, String> person = id -> id == null ? "" : names.getOrDefault(id, id);
        String others = participants.stream()
                .map(MeetingParticipant::party)
                .distinct()
                .filter(p -> !p.equals(parties.hostId()))
                .map(parties::name)
                .collect(Collectors.joining(" og "));
        JournalKind sent = JournalKind.of(host, others, host);
        List<OutboxMail> mails = outbox.forBusinessKey(reference);
        List<CaseDocument> documents = new ArrayList<>();

        List<AgendaItem> agenda = meetings.agenda(reference);
        OffsetDateTime invited = mails.stream()
                .filter(m -> "dialogue-invitation".equals(m.kind()))
                .map(OutboxMail::createdAt)
                .filter(Objects::nonNull)
                .min(OffsetDateTime::compareTo)
                .orElse(meeting.createdAt());
        documents.add(CaseDocument.page(
                "indkaldelse-og-dagsorden",
                invited,
                sent,
                host,
                others,
                page(
                        meeting,
                        host,
                        "Indkaldelse og dagsorden: " + meeting.title(),
                        List.of(
                                new Field("Mødetid", DateTimes.danish(meeting.meetingAt())),
                                new Field("Sted", meeting.place())),
                        List.of(
                                Section.table(
                                        "Deltagere",
                                        List.of("Part", "Navn", "Titel"),
                                        participants.stream()
                                                .map(p -> List.of(
                                                        parties.name(p.party()),
                                                        p.name(),
                                                        p.title() == null ? "" : p.title()))
                                                .toList(),
                                        "Ingen deltagere."),
                                Section.table(
                                        "Dagsorden",
                                        List.of("Nr.", "Punkt"),
                                        agenda.stream()
                                                .map(a -> List.of(String.valueOf(a.number()), a.title()))
                                                .toList(),
                                        "Dagsordenen er ikke udarbejdet.")))));

        for (StatusNote note : meetings.statusNotes(reference)) {
            List<Field> fields = new ArrayList<>(List.of(
                    new Field("Version", String.valueOf(note.version())),
                    new Field("Skrevet af", person.apply(note.writtenBy())),
                    new Field("Skrevet", DateTimes.danish(note.writtenAt())),
                    new Field("Link", note.link() == null ? "" : note.link())));
            if (note.followUp() != null) {
                fields.add(new Field("Revideret efter", "opfølgningspunkt " + note.followUp()));
            }
            documents.add(CaseDocument.page(
                    "statusnotat-version-" + note.version(),
                    note.writtenAt(),
                    sent,
                    host,
                    others,
                    page(
                            meeting,
                            host,
                            "Statusnotat, version " + note.version() + ": " + meeting.title(),
                            fields,
                            List.of(Section.text("Statusnotat", note.text(), "Intet notat skrevet.")))));
        }

        List<MinutesItem> minutes = meetings.minutes(reference);
        if (!minutes.isEmpty()) {
            Map<Integer, MinutesItem> byNumber =
                    minutes.stream().collect(Collectors.toMap(MinutesItem::number, Function.identity()));
            List<Section> sections = new ArrayList<>();
            for (AgendaItem item : agenda) {
                MinutesItem m = byNumber.get(item.number());
                sections.add(Section.text(
                        "Ad dagsordenens punkt " + item.number() + ": " + item.title(),
                        m == null ? null : m.discussion(),
                        "Intet referat."));
                if (m != null && m.decisions() != null && !m.decisions().isBlank()) {
                    sections.add(Section.text("Beslutninger, punkt " + item.number(), m.decisions(), null));
                }
            }
            sections.add(Section.table(
                    "Godkendelser og tilbagesendelser",
                    List.of("Runde", "Tidspunkt", "Part", "Hvem", "Beslutning", "Kommentar"),
                    meetings.approvals(reference).stream()
                            .map(a -> List.of(
                                    String.valueOf(a.round()),
                                    DateTimes.shortDanish(a.decidedAt()),
                                    parties.name(a.party()),
                                    person.apply(a.decidedBy()),
                                    a.approved() ? "Godkendt" : "Sendt tilbage",
                                    a.comment() == null ? "" : a.comment()))
                            .toList(),
                    "Ingen beslutninger registreret."));
            OffsetDateTime recorded = minutes.stream()
                    .map(MinutesItem::recordedAt)
                    .filter(Objects::nonNull)
                    .max(OffsetDateTime::compareTo)
                    .orElse(null);
            OffsetDateTime date = meeting.minutesApprovedAt() != null ? meeting.minutesApprovedAt() : recorded;
            documents.add(CaseDocument.page(
                    "referat",
                    date,
                    sent,
                    host,
                    others,
                    page(
                            meeting,
                            host,
                            "Referat af dialogmøde: " + meeting.title(),
                            List.of(
                                    new Field("Mødetid", DateTimes.danish(meeting.meetingAt())),
                                    new Field(
                                            "Godkendt",
                                            meeting.minutesApprovedAt() == null
                                                    ? "Endnu ikke godkendt af begge parter"
                                                    : DateTimes.danish(meeting.minutesApprovedAt()))),
                            sections)));
        }

        List<FollowUp> followUps = meetings.followUps(reference);
        if (!followUps.isEmpty()) {
            OffsetDateTime last = followUps.stream()
                    .map(FollowUp::closedAt)
                    .filter(Objects::nonNull)
                    .max(OffsetDateTime::compareTo)
                    .orElse(meeting.minutesApprovedAt());
            documents.add(CaseDocument.page(
                    "opfoelgning",
                    last,
                    JournalKind.INTERNAL,
                    host,
                    host,
                    page(
                            meeting,
                            host,
                            "Opfølgning: " + meeting.title(),
                            List.of(),
                            List.of(Section.table(
                                    "Opfølgningspunkter",
                                    List.of(
                                            "Nr.",
                                            "Opgave",
                                            "Ansvarlig",
                                            "Frist",
                                            "Status",
                                            "Resultat",
                                            "Afsluttet af",
                                            "Afsluttet"),
                                    followUps.stream()
                                            .map(f -> List.of(
                                                    String.valueOf(f.number()),
                                                    f.description(),
                                                    responsible(f),
                                                    DateTimes.danishDate(f.dueDate()),
                                                    f.state().label(),
                                                    f.outcome() == null ? "" : f.outcome(),
                                                    person.apply(f.closedBy()),
                                                    DateTimes.shortDanish(f.closedAt())))
                                            .toList(),
                                    "Ingen opfølgningspunkter.")))));
        }

        documents.add(CaseDocument.page(
                        "forsendelseslog",
                        DispatchLog.date(mails),
                        JournalKind.INTERNAL,
                        host,
                        host,
                        page(meeting, host, "Forsendelseslog", List.of(), List.of(DispatchLog.table(mails))))
                .withCompanion("csv", "text/csv", DispatchLog.csv(mails)));
        return documents;
    }

    private String responsible(FollowUp f) {
        String party = parties.name(f.responsibleParty());
        return f.responsiblePerson() == null ? party : party + " (" + f.responsiblePerson() + ")";
    }

    private RecordPage page(
            DialogueMeeting meeting, String host, String heading, List<Field> fields, List<Section> sections) {
        List<Field> meta = new ArrayList<>(
                List.of(new Field("J.nr.", meeting.reference()), new Field("Dialogmøde", meeting.title())));
        meta.addAll(fields);
        return new RecordPage(
                host, heading, "Dialogmøde " + meeting.reference() + ": " + meeting.title(), meta, sections);
    }
}
