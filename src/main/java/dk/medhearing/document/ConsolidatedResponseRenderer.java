package dk.medhearing.document;

import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.PdfRenderer;
import dk.medhearing.kit.Texts;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the consolidated hearing response with the Thymeleaf template {@value #TEMPLATE} to XHTML (which escapes
 * all user text), and that XHTML to PDF with the kit's {@link PdfRenderer}.
 */
@Component
public class ConsolidatedResponseRenderer {

    static final String TEMPLATE = "document/consolidated-response";

    private final ConsolidatedResponseAssembler assembler;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    public ConsolidatedResponseRenderer(
            ConsolidatedResponseAssembler assembler, ITemplateEngine templates, PdfRenderer pdf) {
        this.assembler = assembler;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The hearing's consolidated response as the records stand now. */
    public RenderedDocument render(String reference) {
        return render(assembler.assemble(reference));
    }

    /** The hearing's consolidated response as the records stand now, as XHTML only. */
    public String renderHtml(String reference) {
        return html(assembler.assemble(reference));
    }

    public RenderedDocument render(ConsolidatedResponse document) {
        String html = html(document);
        return new RenderedDocument(html, pdf(html));
    }

    public String html(ConsolidatedResponse document) {
        Context context = new Context(DateTimes.DANISH_LOCALE);
        context.setVariable("doc", document);
        return Texts.xmlSafe(templates.process(TEMPLATE, context));
    }

    /** The PDF of an XHTML page made by {@link #html}. */
    public byte[] pdf(String html) {
        return pdf.pdf(html, "the consolidated response");
    }
}
