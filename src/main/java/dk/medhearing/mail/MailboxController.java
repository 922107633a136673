package dk.medhearing.mail;

import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What the embedded SMTP server received as JSON ({@code /api/mailbox?hearing=<reference>}), newest first;
 * {@link MailboxPage} shows it as a page. Administrators only.
 */
@Tag(name = "Drift")
@RestController
@ConditionalOnBean(EmbeddedSmtpServer.class)
public class MailboxController {

    private final EmbeddedSmtpServer server;
    private final AccessPolicy access;

    public MailboxController(EmbeddedSmtpServer server, AccessPolicy access) {
        this.server = server;
        this.access = access;
    }

    /** One received message as the mailbox shows it: {@code id} is its number in the order of arrival. */
    public record ReceivedMail(
            int id,
            String received,
            String from,
            List<String> to,
            String hearing,
            String subject,
            String body,
            List<ReceivedMails.Attachment> attachments) {}

    @Operation(summary = "Post modtaget af den indbyggede mailserver (standardprofilen, administratorer)")
    @GetMapping(value = "/api/mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ReceivedMail> json(@RequestParam(required = false) String hearing, HttpServletRequest request) {
        access.requireAdministrator(CurrentUser.of(request));
        return ReceivedMails.of(server.receivedMessages(), hearing);
    }
}
