package dk.medhearing.casefile;

import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.PdfRenderer;
import dk.medhearing.kit.Texts;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A case file's own documents as PDF/A: the page as XHTML with the Thymeleaf template {@value #TEMPLATE} (which
 * escapes every value), what XML cannot hold stripped, then the kit's {@link PdfRenderer}.
 */
@Component
class RecordRenderer {

    static final String TEMPLATE = "casefile/record";

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    RecordRenderer(ITemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    String html(RecordPage page) {
        Context context = new Context(DateTimes.DANISH_LOCALE);
        context.setVariable("doc", page);
        return Texts.xmlSafe(templates.process(TEMPLATE, context));
    }

    byte[] pdf(RecordPage page) {
        return pdf.pdf(html(page), "the case file document " + page.heading());
    }
}
