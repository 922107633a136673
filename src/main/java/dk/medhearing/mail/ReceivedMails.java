package dk.medhearing.mail;

import dk.medhearing.kit.EngineClock;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The mailbox's view of what the embedded SMTP server received: newest first, names decoded
 * ({@code =?UTF-8?Q?Erik_M=C3=B8ller?=} is Erik Møller), each mail's hearing (from {@code X-Medhearing-Key}) and its
 * attachments. A mail's number is its place in the order of arrival, so it stays the same as more mail arrives.
 */
public final class ReceivedMails {

    static final String KEY_HEADER = "X-Medhearing-Key";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(EngineClock.ZONE);

    private ReceivedMails() {}

    /** A message as the server received it, and when. */
    public record Arrival(MimeMessage message, Instant at) {}

    /** One attachment of a mail: its number (from 1), decoded file name and content type without parameters. */
    public record Attachment(int number, String fileName, String contentType) {}

    /** The mails, newest first, only the hearing's when {@code hearing} is given. */
    public static List<MailboxController.ReceivedMail> of(List<Arrival> oldestFirst, String hearing) {
        List<MailboxController.ReceivedMail> mails = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            MailboxController.ReceivedMail mail = mail(i + 1, oldestFirst.get(i));
            if (hearing == null || hearing.isBlank() || hearing.equals(mail.hearing())) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** The hearings the mails are about, in the order of their newest mail. */
    public static List<String> hearings(List<MailboxController.ReceivedMail> newestFirst) {
        return newestFirst.stream()
                .map(MailboxController.ReceivedMail::hearing)
                .filter(h -> !h.isEmpty())
                .distinct()
                .toList();
    }

    /** Attachment {@code number} (from 1) of mail {@code id}, if both exist. */
    static Optional<Part> attachment(List<Arrival> oldestFirst, int id, int number) {
        if (id < 1 || id > oldestFirst.size() || number < 1) {
            return Optional.empty();
        }
        try {
            List<Part> parts = attachmentParts(oldestFirst.get(id - 1).message());
            return number > parts.size() ? Optional.empty() : Optional.of(parts.get(number - 1));
        } catch (MessagingException | IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The part's file name, decoded; "vedhæftet-fil" when it has none. */
    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? "vedhæftet-fil" : MimeUtility.decodeText(name);
        } catch (MessagingException | UnsupportedEncodingException e) {
            return "vedhæftet-fil";
        }
    }

    /** The part's content type without parameters, e.g. {@code text/calendar}. */
    static String contentType(Part part) {
        try {
            String type = part.getContentType();
            return type == null
                    ? "application/octet-stream"
                    : type.split(";", 2)[0].strip().toLowerCase();
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    private static MailboxController.ReceivedMail mail(int id, Arrival arrival) {
        MimeMessage message = arrival.message();
        try {
            List<Attachment> attachments = new ArrayList<>();
            List<Part> parts = attachmentParts(message);
            for (int n = 0; n < parts.size(); n++) {
                attachments.add(new Attachment(n + 1, fileName(parts.get(n)), contentType(parts.get(n))));
            }
            String key = message.getHeader(KEY_HEADER, null);
            String hearing = key == null ? "" : key.split("/", 2)[0];
            return new MailboxController.ReceivedMail(
                    id,
                    TIME.format(arrival.at()),
                    names(message.getFrom()),
                    Arrays.stream(orEmpty(message.getRecipients(Message.RecipientType.TO)))
                            .map(ReceivedMails::name)
                            .toList(),
                    hearing,
                    message.getSubject(),
                    MailText.plainText(message),
                    attachments);
        } catch (MessagingException | IOException e) {
            return new MailboxController.ReceivedMail(
                    id, TIME.format(arrival.at()), "", List.of(), "", "(mailen kunne ikke læses)", "", List.of());
        }
    }

    private static List<Part> attachmentParts(Part part) throws MessagingException, IOException {
        List<Part> found = new ArrayList<>();
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(attachmentParts(multipart.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            found.add(part);
        }
        return found;
    }

    private static String names(Address[] addresses) {
        return Arrays.stream(orEmpty(addresses)).map(ReceivedMails::name).collect(Collectors.joining(", "));
    }

    /** "Erik Møller <erik@example.org>", the name decoded from its MIME encoding. */
    private static String name(Address address) {
        if (!(address instanceof InternetAddress internet)) {
            return address.toString();
        }
        String personal = internet.getPersonal(); // decoded by jakarta.mail
        return personal == null || personal.isBlank()
                ? internet.getAddress()
                : personal + " <" + internet.getAddress() + ">";
    }

    private static Address[] orEmpty(Address[] addresses) {
        return addresses == null ? new Address[0] : addresses;
    }
}
