package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The minutes as Tasklist's form edits them: one text with a block per agenda item, and the follow-up actions one per
 * line. (Tasklist 7.24 keeps its Complete button disabled once a dynamic list has been edited, so the form uses
 * plain text areas.) Both are turned into the same entries the API sends as JSON rows, so one validation serves both.
 *
 * <pre>
 * Ad dagsordenens punkt 2: Arbejdskraftreserven
 * Drøftelse: ...
 * Beslutninger: ...
 * </pre>
 * Follow-ups: {@code beskrivelse | part | ansvarlig person | frist ÅÅÅÅ-MM-DD | dagsordenspunkt | statusnotat}.
 */
final class MinutesText {

    static final String DISCUSSION = "Drøftelse:";
    static final String DECISIONS = "Beslutninger:";
    private static final Pattern HEADING = Pattern.compile("^\\s*Ad dagsordenens punkt (\\d{1,4})\\s*:.*$");

    private MinutesText() {}

    /** The prefilled text: a block per agenda item with what is recorded so far. */
    static String format(List<MinutesEntry> items) {
        return items.stream()
                        .map(item -> "Ad dagsordenens punkt " + item.number() + ": " + item.title()
                                + "\n" + DISCUSSION + " " + orEmpty(item.discussion()) + "\n" + DECISIONS + " "
                                + orEmpty(item.decisions()))
                        .collect(Collectors.joining("\n\n"))
                + "\n";
    }

    /** An entry per heading from the text (without title); lines before the first heading are ignored. */
    static List<MinutesEntry> parse(String text) {
        List<MinutesEntry> rows = new ArrayList<>();
        Integer number = null;
        StringBuilder discussion = null;
        StringBuilder decisions = null;
        StringBuilder current = null;
        for (String line : text.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                close(rows, number, discussion, decisions);
                number = Integer.parseInt(heading.group(1));
                discussion = new StringBuilder();
                decisions = new StringBuilder();
                current = discussion;
            } else if (number != null && line.trim().startsWith(DISCUSSION)) {
                current = discussion;
                append(current, line.trim().substring(DISCUSSION.length()));
            } else if (number != null && line.trim().startsWith(DECISIONS)) {
                current = decisions;
                append(current, line.trim().substring(DECISIONS.length()));
            } else if (current != null) {
                append(current, line);
            }
        }
        close(rows, number, discussion, decisions);
        return rows;
    }

    /** The prefilled follow-up lines. */
    static String formatFollowUps(List<FollowUpEntry> actions) {
        return actions.stream()
                .map(a -> String.join(
                        " | ",
                        orEmpty(a.description()),
                        orEmpty(a.responsibleParty()),
                        orEmpty(a.responsiblePerson()),
                        orEmpty(a.dueDate()),
                        orEmpty(a.agendaItem()),
                        a.reviseStatusNote() ? "statusnotat" : ""))
                .collect(Collectors.joining("\n"));
    }

    /** An entry per non-blank line; the party may be written as its id, name or short name. */
    static List<FollowUpEntry> parseFollowUps(String text, DialogueParties parties) {
        List<FollowUpEntry> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String revise = part(parts, 5).toLowerCase(Locale.ROOT);
            rows.add(new FollowUpEntry(
                    part(parts, 0),
                    part(parts, 4),
                    partyId(part(parts, 1), parties),
                    part(parts, 2),
                    part(parts, 3),
                    revise.startsWith("statusnotat") || revise.equals("ja")));
        }
        return rows;
    }

    private static String partyId(String written, DialogueParties parties) {
        List<Party> all = new ArrayList<>(parties.parties());
        return all.stream()
                .filter(p -> p.id().equalsIgnoreCase(written)
                        || p.name().equalsIgnoreCase(written)
                        || (p.shortName() != null && p.shortName().equalsIgnoreCase(written)))
                .map(Party::id)
                .findFirst()
                .orElse(written);
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index].trim() : "";
    }

    private static void append(StringBuilder target, String text) {
        if (!target.isEmpty()) {
            target.append('\n');
        }
        target.append(text);
    }

    private static void close(
            List<MinutesEntry> rows, Integer number, StringBuilder discussion, StringBuilder decisions) {
        if (number != null) {
            rows.add(new MinutesEntry(
                    number,
                    null,
                    discussion.toString().strip(),
                    decisions.toString().strip()));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
