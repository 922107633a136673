package dk.medhearing.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** What the embedded SMTP server received: {@code /mailbox} as a page, {@code /api/mailbox} as JSON. Administrators only. */
@Tag(name = "Drift")
@Controller
@ConditionalOnBean(EmbeddedSmtpServer.class)
public class MailboxController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
            .withZone(EngineClock.ZONE);

    private final EmbeddedSmtpServer server;
    private final AccessPolicy access;

    public MailboxController(EmbeddedSmtpServer server, AccessPolicy access) {
        this.server = server;
        this.access = access;
    }

    /** One received message as the mailbox shows it. */
    public record ReceivedMail(String received, String from, List<String> to, String subject, String body) {
    }

    @Operation(summary = "Post modtaget af den indbyggede mailserver (standardprofilen, administratorer)")
    @GetMapping(value = "/api/mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<ReceivedMail> json(HttpServletRequest request) {
        access.requireAdministrator(CurrentUser.of(request));
        return messages();
    }

    @GetMapping("/mailbox")
    public String page(HttpServletRequest request, Model model) {
        access.requireAdministrator(CurrentUser.of(request));
        model.addAttribute("mails", messages());
        return "mailbox";
    }

    private List<ReceivedMail> messages() {
        List<ReceivedMail> mails = new ArrayList<>(server.receivedMessages().stream().map(MailboxController::toMail).toList());
        Collections.reverse(mails);
        return mails;
    }

    static ReceivedMail toMail(MimeMessage message) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(Address::toString).toList();
            String from = message.getFrom() == null ? "" : Arrays.stream(message.getFrom()).map(Address::toString)
                    .collect(Collectors.joining(", "));
            String received = message.getReceivedDate() == null ? (message.getSentDate() == null ? ""
                    : TIME.format(message.getSentDate().toInstant())) : TIME.format(message.getReceivedDate().toInstant());
            return new ReceivedMail(received, from, to, message.getSubject(), MailText.plainText(message));
        } catch (MessagingException | IOException e) {
            return new ReceivedMail("", "", List.of(), "(kunne ikke læses: " + e.getMessage() + ")", "");
        }
    }
}
