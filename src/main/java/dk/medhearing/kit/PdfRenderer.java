package dk.medhearing.kit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.logging.Level;

/**
 * Every document's PDF: XHTML (from a Thymeleaf template that escapes all user text) to PDF with openhtmltopdf; what
 * XML cannot hold is stripped first ({@link Texts#xmlSafe}), so no stored text can fail a render. The
 * PDF embeds DejaVu Sans (shipped in {@code fonts/}), so Danish letters render and can be extracted; the renderer
 * loads no external resources. Every PDF is PDF/A-2b, fit for a case system's archive: fonts embedded, the sRGB
 * output intent of the Java runtime's own sRGB ICC profile, XMP metadata (title from the page's {@code <title>},
 * author and subject from its {@code <meta>} tags, producer "medhearing").
 */
@Component
public class PdfRenderer {

    /** The font family the documents' styles name. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);

    private final byte[] regularFont = font("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = font("fonts/DejaVuSans-Bold.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The PDF of an XHTML page; {@code what} names the document in an error. */
    public byte[] pdf(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(Texts.xmlSafe(xhtml), null);
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
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(srgb);
        builder.withDiagnosticConsumer(PdfRenderer::log);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + what + " as PDF", e);
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
