package dk.medhearing.notification;

import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.document.ConsolidatedDocumentService;
import dk.medhearing.document.StoredDocument;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingLinks;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.mail.Mail;
import dk.medhearing.mail.MailOutbox;
import dk.medhearing.mail.MailTemplates;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The submission: the stored consolidated response as PDF to the political committee's secretariat. */
@Service
class ConsolidatedResponseMail {

    static final String KIND = "consolidated-response";

    private final HearingRepository hearings;
    private final ConsolidatedDocumentService documents;
    private final Organisation organisation;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final HearingLinks links;

    ConsolidatedResponseMail(
            HearingRepository hearings,
            ConsolidatedDocumentService documents,
            Organisation organisation,
            MailTemplates templates,
            MailOutbox outbox,
            HearingLinks links) {
        this.hearings = hearings;
        this.documents = documents;
        this.organisation = organisation;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    public boolean send(String reference) {
        Hearing hearing =
                hearings.find(reference).orElseThrow(() -> new NoSuchElementException("No hearing " + reference));
        StoredDocument document = documents
                .find(reference)
                .orElseThrow(() ->
                        new IllegalStateException("The consolidated response of " + reference + " is not stored"));
        Unit committee = organisation.politicalCommittee();
        Map<String, Object> model = new HashMap<>();
        model.put("hearing", hearing);
        model.put("committeeName", committee.name());
        model.put("submittedAt", DateTimes.danish(hearing.submittedAt()));
        model.put("sha256", document.sha256());
        model.put("administration", organisation.administration().fullName());
        model.put("documentUrl", links.documentUrl(reference));
        MailTemplates.Rendered rendered = templates.render("consolidated-response", model);
        return outbox.enqueue(new Mail(
                reference,
                KIND,
                "",
                new Mail.Recipient(committee.fullName(), committee.email()),
                rendered.subject(),
                rendered.text(),
                List.of(new Mail.Attachment("hoeringssvar-" + reference + ".pdf", "application/pdf", document.pdf()))));
    }
}
