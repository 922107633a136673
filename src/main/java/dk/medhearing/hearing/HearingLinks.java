package dk.medhearing.hearing;

import dk.medhearing.mail.MailProperties;
import org.springframework.stereotype.Component;

/** Where a hearing's consolidated response can be fetched: as a path of our API and as a link for mails and forms. */
@Component
public class HearingLinks {

    private final MailProperties mailProperties;

    public HearingLinks(MailProperties mailProperties) {
        this.mailProperties = mailProperties;
    }

    public static String documentPath(String reference) {
        return "/api/hearings/" + reference + "/document.pdf";
    }

    public String documentUrl(String reference) {
        return mailProperties.baseUrl() + documentPath(reference);
    }
}
