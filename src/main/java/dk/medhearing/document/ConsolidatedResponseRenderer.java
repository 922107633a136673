package dk.medhearing.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import dk.medhearing.kit.DateTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.logging.Level;

/**
 * Renders the consolidated hearing response with the Thymeleaf template {@value #TEMPLATE} to XHTML, and that XHTML
 * to PDF with openhtmltopdf. The PDF embeds DejaVu Sans (shipped in {@code fonts/}), so Danish letters render and
 * can be extracted. The template escapes all user text, and the PDF renderer loads no external resources.
 */
@Component
public class ConsolidatedResponseRenderer {

    static final String TEMPLATE = "document/consolidated-response";
    /** The font family the template's styles name. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final Logger LOG = LoggerFactory.getLogger(ConsolidatedResponseRenderer.class);

    private final ConsolidatedResponseAssembler assembler;
    private final ITemplateEngine templates;
    private final byte[] regularFont = font("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = font("fonts/DejaVuSans-Bold.ttf");

    public ConsolidatedResponseRenderer(ConsolidatedResponseAssembler assembler, ITemplateEngine templates) {
        this.assembler = assembler;
        this.templates = templates;
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
        return templates.process(TEMPLATE, context);
    }

    /** The PDF of an XHTML page made by {@link #html}. */
    public byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
        builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true,
                everywhere);
        builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true,
                everywhere);
        builder.withProducer("medhearing");
        builder.withDiagnosticConsumer(ConsolidatedResponseRenderer::log);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the consolidated response as PDF", e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf reports timings and progress at INFO for every run: only warnings and errors are logged. */
    private static void log(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.warn("PDF: {}", diagnostic.getFormattedMessage(), diagnostic.getError());
        }
    }

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
    }
}
