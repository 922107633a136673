package dk.medhearing.mail;

import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.NotFoundException;
import dk.medhearing.web.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The mailbox page ({@code /mailbox}, default profile): the mails the embedded SMTP server received, newest first,
 * filtered by hearing ({@code ?hearing=<reference>}), with a link to each attachment
 * ({@code /mailbox/{id}/attachments/{n}}, always downloaded, never shown inline). Administrators only.
 */
@Controller
@Page
@ConditionalOnBean(EmbeddedSmtpServer.class)
class MailboxPage {

    private final EmbeddedSmtpServer server;
    private final AccessPolicy access;

    MailboxPage(EmbeddedSmtpServer server, AccessPolicy access) {
        this.server = server;
        this.access = access;
    }

    @GetMapping("/mailbox")
    String page(@RequestParam(required = false) String hearing, HttpServletRequest request, Model model) {
        access.requireAdministrator(CurrentUser.of(request));
        List<ReceivedMails.Arrival> received = server.receivedMessages();
        model.addAttribute("hearings", ReceivedMails.hearings(ReceivedMails.of(received, null)));
        model.addAttribute("hearing", hearing == null ? "" : hearing);
        model.addAttribute("mails", ReceivedMails.of(received, hearing));
        return "mailbox";
    }

    @GetMapping("/mailbox/{id}/attachments/{number}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String number, HttpServletRequest request)
            throws IOException, MessagingException {
        access.requireAdministrator(CurrentUser.of(request));
        Part part = ReceivedMails.attachment(server.receivedMessages(), whole(id), whole(number))
                .orElseThrow(() -> new NotFoundException("Den vedhæftede fil findes ikke"));
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readAllBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReceivedMails.contentType(part)))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ReceivedMails.fileName(part), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    private static int whole(String number) {
        return number.length() <= 9 && number.chars().allMatch(Character::isDigit) && !number.isEmpty()
                ? Integer.parseInt(number)
                : -1;
    }
}
