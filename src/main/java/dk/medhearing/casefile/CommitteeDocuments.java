package dk.medhearing.casefile;

import dk.medhearing.casefile.RecordPage.Field;
import dk.medhearing.casefile.RecordPage.Section;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.response.Approval;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.Minutes;
import dk.medhearing.response.ResponseDraft;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One committee's records in a hearing as pages: the meeting call, the minutes, and the response (or "ingen
 * bemærkninger") with the employee side's remarks and every approval and send-back with its comment.
 */
final class CommitteeDocuments {

    private final Organisation organisation;
    private final Hearing hearing;

    CommitteeDocuments(Organisation organisation, Hearing hearing) {
        this.organisation = organisation;
        this.hearing = hearing;
    }

    String name(String committee) {
        return organisation.unit(committee).map(Unit::name).orElse(committee);
    }

    /**
     * The name of the person with this user id; for several ids separated by commas (a response is submitted by its
     * chair and vice-chair together) their names joined by "og". An id the organisation no longer knows stays as is.
     */
    String person(String userIds) {
        if (userIds == null) {
            return "";
        }
        return Arrays.stream(userIds.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .map(id -> organisation.member(id).map(Member::name).orElse(id))
                .collect(Collectors.joining(" og "));
    }

    RecordPage meetingCall(Meeting meeting) {
        String committee = name(meeting.committee());
        List<List<String>> members =
                organisation.unit(meeting.committee()).map(Unit::members).orElse(List.of()).stream()
                        .map(m -> List.of(
                                m.name(),
                                m.side() == null ? "" : capitalised(m.side().danish())))
                        .toList();
        return page(
                "Indkaldelse til ekstraordinært møde i " + committee,
                List.of(
                        new Field("Udvalg", committee),
                        new Field(
                                "Mødetid",
                                DateTimes.danish(meeting.startsAt())
                                        + (meeting.endsAt() == null
                                                ? ""
                                                : "-" + DateTimes.danishTime(meeting.endsAt()))),
                        new Field("Sted", meeting.place()),
                        new Field("Indkaldt af", person(meeting.scheduledBy())),
                        new Field("Indkaldt", DateTimes.danish(meeting.scheduledAt()))),
                List.of(
                        Section.fields("Dagsorden", List.of(new Field("1.", "Høring: " + hearing.title()))),
                        Section.table("Indkaldte", List.of("Navn", "Side"), members, "Udvalget har ingen medlemmer.")));
    }

    RecordPage minutes(Minutes m, String heading, List<Section> more) {
        List<Section> sections = new ArrayList<>(List.of(
                Section.fields(
                        "Mødet",
                        List.of(
                                new Field("Mødedato", DateTimes.danishDay(m.meetingStartsAt())),
                                new Field(
                                        "Tid",
                                        m.meetingStartsAt() == null
                                                ? ""
                                                : "Kl. " + DateTimes.danishTime(m.meetingStartsAt())
                                                        + (m.meetingEndsAt() == null
                                                                ? ""
                                                                : "-" + DateTimes.danishTime(m.meetingEndsAt()))),
                                new Field("Sted", m.place()),
                                new Field("Ledelsessiden", lines(m.managementAttendees())),
                                new Field("Medarbejdersiden", lines(m.employeeAttendees())),
                                new Field(
                                        "Afbud",
                                        m.absentees() == null || m.absentees().isBlank()
                                                ? "Ingen"
                                                : lines(m.absentees())),
                                new Field("Ordstyrer", m.meetingChair()),
                                new Field("Referent", m.minuteTaker()),
                                new Field("Registreret af", person(m.recordedBy())),
                                new Field("Registreret", DateTimes.danish(m.recordedAt())))),
                Section.text("Drøftelse", m.discussion(), "Ingen drøftelse er ført til referat.")));
        sections.addAll(more);
        return page(heading, List.of(new Field("Udvalg", name(m.committee()))), sections);
    }

    /** The submitted response (the last version), its earlier versions and every decision on them. */
    RecordPage response(ResponseDraft submitted, List<ResponseDraft> versions, List<Approval> approvals) {
        String committee = name(submitted.committee());
        List<Section> sections = new ArrayList<>();
        sections.add(
                submitted.noRemarks()
                        ? Section.notice("Høringssvar", "Ingen bemærkninger.")
                        : Section.text("Høringssvar", submitted.text(), "Ingen bemærkninger."));
        if (submitted.employeeRemarks() != null && !submitted.employeeRemarks().isBlank()) {
            sections.add(Section.text(
                    "Medarbejderrepræsentanterne har yderligere følgende kommentarer",
                    submitted.employeeRemarks(),
                    null));
        }
        sections.add(Section.table(
                "Udkast",
                List.of("Version", "Skrevet af", "Tidspunkt"),
                versions.stream()
                        .map(v -> List.of(
                                String.valueOf(v.version()),
                                person(v.draftedBy()),
                                DateTimes.shortDanish(v.draftedAt())))
                        .toList(),
                "Ingen udkast."));
        sections.add(approvals(approvals));
        return page(
                "Høringssvar fra " + committee,
                List.of(
                        new Field("Udvalg", committee),
                        new Field("Indsendt", DateTimes.danish(submitted.submittedAt())),
                        new Field("Indsendt af", person(submitted.submittedBy()))),
                sections);
    }

    Section approvals(List<Approval> approvals) {
        return Section.table(
                "Godkendelser og tilbagesendelser",
                List.of("Version", "Tidspunkt", "Hvem", "Rolle", "Beslutning", "Kommentar"),
                approvals.stream()
                        .map(a -> List.of(
                                String.valueOf(a.version()),
                                DateTimes.shortDanish(a.decidedAt()),
                                person(a.decidedBy()),
                                a.approverRole(),
                                a.approved() ? "Godkendt" : "Sendt tilbage",
                                a.comment() == null ? "" : a.comment()))
                        .toList(),
                "Ingen beslutninger registreret.");
    }

    RecordPage noResponse(String committee, OffsetDateTime at) {
        return page(
                "Intet høringssvar inden fristen fra " + name(committee),
                List.of(
                        new Field("Udvalg", name(committee)),
                        new Field("Høringsfrist", DateTimes.danish(hearing.responseDeadline())),
                        new Field("Registreret", DateTimes.danish(at))),
                List.of(Section.notice(
                        null,
                        "Udvalget afgav intet høringssvar inden fristen. Høringen fortsatte " + "uden dets svar.")));
    }

    RecordPage page(String heading, List<Field> fields, List<Section> sections) {
        List<Field> meta =
                new ArrayList<>(List.of(new Field("J.nr.", hearing.reference()), new Field("Høring", hearing.title())));
        meta.addAll(fields);
        return new RecordPage(
                organisation.municipality(),
                heading,
                "Høring " + hearing.reference() + ": " + hearing.title(),
                meta,
                sections);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lines(String value) {
        return value == null ? "" : String.join(", ", value.strip().split("\\s*\\R\\s*"));
    }
}
