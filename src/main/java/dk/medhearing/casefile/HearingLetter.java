package dk.medhearing.casefile;

import dk.medhearing.casefile.RecordPage.Field;
import dk.medhearing.casefile.RecordPage.Section;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.kit.DateTimes;

import java.util.ArrayList;
import java.util.List;

/**
 * The hearing letter as published: title, summary, links, committees, window (with the justification of a short
 * one), deadline, the meetings, and the embargo with its release.
 */
final class HearingLetter {

    private HearingLetter() {}

    static RecordPage page(CommitteeDocuments pages, Hearing h) {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("Offentliggjort", DateTimes.danish(h.publishedAt())),
                new Field("Høringsperiode", h.windowWorkingDays() + " arbejdsdage"),
                new Field("Høringsfrist", DateTimes.danish(h.responseDeadline()))));
        if (h.shortWindowJustification() != null) {
            fields.add(new Field("Kort frist begrundet med", h.shortWindowJustification()));
        }
        if (h.orientationAt() != null) {
            fields.add(new Field(
                    "Orienteringsmøde",
                    DateTimes.danish(h.orientationAt())
                            + (h.orientationPlace() == null ? "" : ", " + h.orientationPlace())));
        }
        fields.add(new Field("HovedMEDs møde", DateTimes.danish(h.mainMeetingAt())));
        fields.add(new Field("Politisk udvalgs møde", DateTimes.danish(h.politicalMeetingAt())));
        if (h.embargoed()) {
            fields.add(new Field(
                    "Embargo",
                    "Til " + DateTimes.danish(h.embargoUntil())
                            + h.embargoRelease()
                                    .map(r -> "; offentliggjort for alle " + DateTimes.danish(r.at()))
                                    .orElse("; endnu ikke ophævet")));
        }
        fields.add(new Field("Oprettet af", pages.person(h.createdBy())));
        List<List<String>> links = h.documentLinks().stream().map(List::of).toList();
        List<List<String>> committees =
                h.committees().stream().map(c -> List.of(pages.name(c))).toList();
        return pages.page(
                "Høring: " + h.title(),
                List.of(),
                List.of(
                        Section.fields("Frister og møder", fields),
                        Section.text("Resumé", h.summary(), "Intet resumé."),
                        Section.table("Materiale", List.of("Link"), links, "Intet materiale linket."),
                        Section.table("Hørte CenterMED", List.of("Udvalg"), committees, "Ingen udvalg hørt.")));
    }
}
