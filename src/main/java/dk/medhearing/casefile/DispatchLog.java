package dk.medhearing.casefile;

import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.Texts;
import dk.medhearing.mail.OutboxMail;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The dispatch log (forsendelseslog) of a case: every mail of its business key in the outbox, reminders included,
 * with its kind in Danish, the recipient and when the SMTP server accepted it (a mail not yet sent says so), as a
 * page and as CSV (UTF-8 with BOM, semicolon-separated as Danish spreadsheets read it, no cell starting a formula).
 */
final class DispatchLog {

    static final List<String> HEADER =
            List.of("Nr.", "Slags", "Modtager", "Adresse", "Emne", "Accepteret af mailserver");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("hearing-opened", "Høringsmateriale"),
            Map.entry("embargo-material", "Materiale under embargo"),
            Map.entry("meeting-invitation", "Mødeindkaldelse"),
            Map.entry("meeting-moved", "Mødet er flyttet"),
            Map.entry("reminder-first", "Påmindelse"),
            Map.entry("reminder-final", "Sidste påmindelse"),
            Map.entry("missed-deadline", "Frist overskredet"),
            Map.entry("receipt", "Kvittering for høringssvar"),
            Map.entry("approval-due", "Godkendelse venter"),
            Map.entry("sent-back", "Sendt tilbage"),
            Map.entry("responses-in", "Høringssvarene er inde"),
            Map.entry("submission-due", "Indstilling venter"),
            Map.entry("task-reminder", "Påmindelse om opgave"),
            Map.entry("consolidated-response", "Samlet høringssvar"),
            Map.entry("dialogue-invitation", "Invitation til dialogmøde"),
            Map.entry("dialogue-minutes", "Godkendt referat"),
            Map.entry("follow-up-reminder", "Påmindelse om opfølgning"),
            Map.entry("follow-up-overdue", "Opfølgning overskredet"));
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private DispatchLog() {}

    static String kind(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    /** The log's date: when its last mail was accepted (or written, if none was sent yet); {@code null} if none. */
    static OffsetDateTime date(List<OutboxMail> mails) {
        return mails.stream()
                .map(m -> m.sentAt() != null ? m.sentAt() : m.createdAt())
                .filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo)
                .orElse(null);
    }

    static RecordPage.Section table(List<OutboxMail> mails) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            OutboxMail m = mails.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    kind(m.kind()),
                    nullToEmpty(m.recipientName()),
                    m.recipient(),
                    m.subject(),
                    m.sentAt() == null ? notSent(m) : DateTimes.shortDanish(m.sentAt())));
        }
        return RecordPage.Section.table(
                "Sendte mails (" + mails.size() + ")", HEADER, rows, "Der er ikke sendt mails i sagen.");
    }

    static byte[] csv(List<OutboxMail> mails) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(HEADER));
        for (int i = 0; i < mails.size(); i++) {
            OutboxMail m = mails.get(i);
            csv.append(line(List.of(
                    String.valueOf(i + 1),
                    kind(m.kind()),
                    nullToEmpty(m.recipientName()),
                    m.recipient(),
                    m.subject(),
                    m.sentAt() == null ? notSent(m) : CSV_TIME.format(m.sentAt()))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String notSent(OutboxMail m) {
        return "FAILED".equals(m.state()) ? "Ikke sendt (fejlet)" : "Ikke sendt endnu";
    }

    private static String line(List<String> cells) {
        return cells.stream().map(DispatchLog::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** A cell quoted; one that a spreadsheet would read as a formula gets a leading apostrophe. */
    static String cell(String value) {
        String text = nullToEmpty(Texts.xmlSafe(value)).replace("\r", " ").replace("\n", " ");
        if (!text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
