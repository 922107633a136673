package dk.medhearing.kit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    private final Queue<ParsedFonts> parsedFonts = new ConcurrentLinkedQueue<>();

    /** The PDF of an XHTML page; {@code what} names the document in an error. */
    public byte[] pdf(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(Texts.xmlSafe(xhtml), null);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        ParsedFonts fonts = parsedFonts.poll();
        if (fonts == null) {
            fonts = new ParsedFonts(parse(regularFont), parse(boldFont));
        }
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        try {
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)),
                    FONT_FAMILY,
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)),
                    FONT_FAMILY,
                    700,
                    FontStyle.NORMAL,
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not embed the fonts in " + what, e);
        }
        builder.withProducer("medhearing");
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(srgb);
        builder.withDiagnosticConsumer(PdfRenderer::log);
        builder.toStream(out);
        try (document) {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + what + " as PDF", e);
        } finally {
            parsedFonts.offer(fonts);
        }
        return out.toByteArray();
    }

    /**
     * The fonts parsed once and kept: parsing DejaVu Sans (with its thousands of glyphs) took most of a small
     * document's time. A parsed font is used by one render at a time (it is not thread-safe): each render takes a
     * pair from the pool, or parses one when all are in use, and gives it back; the pool holds at most as many
     * pairs as renders ever ran at once.
     */
    private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {}

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded font", e);
        }
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
