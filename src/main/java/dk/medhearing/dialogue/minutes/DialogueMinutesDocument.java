package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.MeetingParticipant;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import dk.medhearing.document.Text;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.PdfRenderer;
import dk.medhearing.kit.Texts;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The minutes of a dialogue meeting in the layout of the region's minutes: the host's name, date and J.nr.,
 * "Referat af dialogmøde mellem … den …", the participants per party with titles, the numbered agenda, "Ad
 * dagsordenens punkt N: …" with the text, and the follow-up actions. XHTML with the Thymeleaf template
 * {@value #TEMPLATE}, PDF with the kit's {@link PdfRenderer} (embedded fonts), as every document.
 */
@Component
public class DialogueMinutesDocument {

    static final String TEMPLATE = "document/dialogue-minutes";

    private final DialogueRepository meetings;
    private final DialogueParties parties;
    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final EngineClock clock;

    public DialogueMinutesDocument(
            DialogueRepository meetings,
            DialogueParties parties,
            ITemplateEngine templates,
            PdfRenderer renderer,
            EngineClock clock) {
        this.meetings = meetings;
        this.parties = parties;
        this.templates = templates;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The document's content. */
    public record Minutes(
            String host,
            String date,
            String reference,
            String heading,
            List<PartySection> parties,
            List<String> agenda,
            List<Item> items,
            List<Action> followUps) {}

    public record PartySection(String label, List<String> people) {}

    public record Item(int number, String title, Text discussion, Text decisions) {}

    public record Action(
            int number,
            String description,
            String responsible,
            String due,
            String agendaItem,
            boolean reviseStatusNote) {}

    public Minutes assemble(String reference) {
        DialogueMeeting meeting = meetings.find(reference)
                .orElseThrow(() -> new NoSuchElementException("No dialogue meeting " + reference));
        Party host = parties.host();
        List<PartySection> sections = new ArrayList<>();
        List<MeetingParticipant> participants = meetings.participants(reference);
        for (Party party : parties.parties()) {
            sections.add(new PartySection(
                    party.shortName() + ":",
                    participants.stream()
                            .filter(p -> p.party().equals(party.id()))
                            .map(p -> p.title() == null ? p.name() : p.name() + " (" + p.title() + ")")
                            .toList()));
        }
        List<AgendaItem> agenda = meetings.agenda(reference);
        Map<Integer, MinutesItem> recorded = meetings.minutes(reference).stream()
                .collect(Collectors.toMap(MinutesItem::number, Function.identity()));
        List<Item> items = agenda.stream()
                .map(a -> {
                    MinutesItem m = recorded.get(a.number());
                    return new Item(
                            a.number(),
                            a.title(),
                            m == null ? null : Text.of(m.discussion()),
                            m == null ? null : Text.of(m.decisions()));
                })
                .toList();
        List<Action> actions = meetings.followUps(reference).stream()
                .map(f -> new Action(
                        f.number(),
                        Text.clean(f.description()),
                        f.responsible(parties),
                        DateTimes.danishDate(f.dueDate()),
                        f.agendaNumber() == null ? null : agendaTitle(agenda, f.agendaNumber()),
                        f.reviseStatusNote()))
                .toList();
        String others = parties.parties().stream()
                .filter(p -> !p.host())
                .map(Party::name)
                .collect(Collectors.joining(" og "));
        OffsetDateTime date = meeting.minutesApprovedAt() == null ? clock.now() : meeting.minutesApprovedAt();
        return new Minutes(
                host.name(),
                "Den " + DateTimes.danishDate(date),
                reference,
                "Referat af dialogmøde mellem " + others + " og " + host.name() + " den "
                        + DateTimes.danishDate(meeting.meetingAt()),
                sections,
                agenda.stream().map(AgendaItem::title).map(Text::clean).toList(),
                items,
                actions);
    }

    private static String agendaTitle(List<AgendaItem> agenda, int number) {
        return agenda.stream()
                .filter(a -> a.number() == number)
                .findFirst()
                .map(a -> "punkt " + a.number() + ": " + a.title())
                .orElse(null);
    }

    public String html(String reference) {
        Context context = new Context(DateTimes.DANISH_LOCALE);
        context.setVariable("doc", assemble(reference));
        return Texts.xmlSafe(templates.process(TEMPLATE, context));
    }

    public byte[] pdf(String reference) {
        return renderer.pdf(html(reference), "the dialogue minutes");
    }

    /** The minutes as plain text, for the approval form. */
    public String plainText(String reference) {
        Minutes doc = assemble(reference);
        StringBuilder text = new StringBuilder(doc.heading()).append("\n\n");
        for (Item item : doc.items()) {
            text.append("Ad dagsordenens punkt ")
                    .append(item.number())
                    .append(": ")
                    .append(item.title())
                    .append('\n');
            append(text, item.discussion());
            if (item.decisions() != null) {
                text.append("Beslutninger:\n");
                append(text, item.decisions());
            }
            text.append('\n');
        }
        if (!doc.followUps().isEmpty()) {
            text.append("Opfølgning:\n");
            doc.followUps().forEach(a -> text.append(a.number())
                    .append(". ")
                    .append(a.description())
                    .append(" – ansvarlig: ")
                    .append(a.responsible())
                    .append(", frist: ")
                    .append(a.due())
                    .append(a.reviseStatusNote() ? " (statusnotatet opdateres)" : "")
                    .append('\n'));
        }
        return text.toString().strip();
    }

    private static void append(StringBuilder text, Text body) {
        if (body != null) {
            body.paragraphs().forEach(p -> text.append(String.join("\n", p)).append("\n"));
        }
    }
}
