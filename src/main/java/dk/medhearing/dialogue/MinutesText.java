package dk.medhearing.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The minutes as Tasklist's form edits them: one text with a block per agenda item, and the follow-up actions one per
 * line. (Tasklist 7.24 keeps its Complete button disabled once a dynamic list has been edited, so the form uses
 * plain text areas.) Both are turned into the same rows the API sends as JSON, so one validation serves both.
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
    private static final Pattern HEADING = Pattern.compile("^\\s*Ad dagsordenens punkt (\\d+)\\s*:.*$");

    private MinutesText() {
    }

    /** The prefilled text: a block per agenda item with what is recorded so far. */
    static String format(List<Map<String, Object>> items) {
        return items.stream().map(item -> "Ad dagsordenens punkt " + item.get("number") + ": " + item.get("title")
                        + "\n" + DISCUSSION + " " + item.get("discussion") + "\n" + DECISIONS + " " + item.get("decisions"))
                .collect(Collectors.joining("\n\n")) + "\n";
    }

    /** Rows {number, discussion, decisions} from the text; lines before the first heading are ignored. */
    static ArrayNode parse(String text) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        ObjectNode row = null;
        StringBuilder discussion = null;
        StringBuilder decisions = null;
        StringBuilder current = null;
        for (String line : text.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                close(row, discussion, decisions);
                row = rows.addObject().put("number", Integer.parseInt(heading.group(1)));
                discussion = new StringBuilder();
                decisions = new StringBuilder();
                current = discussion;
            } else if (row != null && line.trim().startsWith(DISCUSSION)) {
                current = discussion;
                append(current, line.trim().substring(DISCUSSION.length()));
            } else if (row != null && line.trim().startsWith(DECISIONS)) {
                current = decisions;
                append(current, line.trim().substring(DECISIONS.length()));
            } else if (current != null) {
                append(current, line);
            }
        }
        close(row, discussion, decisions);
        return rows;
    }

    /** The prefilled follow-up lines. */
    static String formatFollowUps(List<Map<String, Object>> actions) {
        return actions.stream().map(a -> String.join(" | ", String.valueOf(a.get("description")),
                        String.valueOf(a.get("responsibleParty")), String.valueOf(a.get("responsiblePerson")),
                        String.valueOf(a.get("dueDate")), String.valueOf(a.get("agendaItem")),
                        Boolean.TRUE.equals(a.get("reviseStatusNote")) ? "statusnotat" : ""))
                .collect(Collectors.joining("\n"));
    }

    /** Rows as the API sends them; the party may be written as its id, name or short name. */
    static ArrayNode parseFollowUps(String text, DialogueParties parties) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            ObjectNode row = rows.addObject();
            row.put("description", part(parts, 0));
            row.put("responsibleParty", partyId(part(parts, 1), parties));
            row.put("responsiblePerson", part(parts, 2));
            row.put("dueDate", part(parts, 3));
            row.put("agendaItem", part(parts, 4));
            String revise = part(parts, 5).toLowerCase(Locale.ROOT);
            row.put("reviseStatusNote", revise.startsWith("statusnotat") || revise.equals("ja"));
        }
        return rows;
    }

    private static String partyId(String written, DialogueParties parties) {
        List<Party> all = new ArrayList<>(parties.parties());
        return all.stream().filter(p -> p.id().equalsIgnoreCase(written) || p.name().equalsIgnoreCase(written)
                        || (p.shortName() != null && p.shortName().equalsIgnoreCase(written)))
                .map(Party::id).findFirst().orElse(written);
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

    private static void close(ObjectNode row, StringBuilder discussion, StringBuilder decisions) {
        if (row != null) {
            row.put("discussion", discussion.toString().strip());
            row.put("decisions", decisions.toString().strip());
        }
    }

    /** True when the API sent JSON rows instead of the form's text. */
    static boolean isRows(JsonNode value) {
        return value != null && value.isArray();
    }
}
