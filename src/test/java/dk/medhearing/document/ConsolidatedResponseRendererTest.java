package dk.medhearing.document;

import dk.medhearing.document.ConsolidatedResponse.CommitteeSection;
import dk.medhearing.document.ConsolidatedResponse.MinutesHeader;
import dk.medhearing.document.ConsolidatedResponse.Outcome;
import dk.medhearing.document.ConsolidatedResponse.Response;
import dk.medhearing.kit.PdfRenderer;
import dk.medhearing.support.PdfA;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The template and the PDF step without Spring: fast checks of layout, escaping and fonts. */
public class ConsolidatedResponseRendererTest {

    private static ConsolidatedResponseRenderer renderer;

    @BeforeAll
    static void setUpTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        renderer = new ConsolidatedResponseRenderer(null, engine, new PdfRenderer());
    }

    @Test
    void shouldLayOutTheDocumentInTheOrderOfTheSourceDocument() throws IOException {
        // given a consolidated response with a response, "ingen bemærkninger" and a missing response
        ConsolidatedResponse document = document(
                new Response(Outcome.RESPONDED, Text.of("HovedMED tilslutter sig forslaget."), null),
                List.of(
                        new CommitteeSection(
                                "AMC",
                                minutes(),
                                new Response(
                                        Outcome.RESPONDED,
                                        Text.of(
                                                "Vi er i AMC’s CenterMED meget glade.\n\nDe tværgående teams\nOverordnet set enige."),
                                        Text.of("- Man ønsker, at ledelsesansvaret placeres entydigt."))),
                        new CommitteeSection("CBSI", null, new Response(Outcome.NO_RESPONSE, null, null)),
                        new CommitteeSection("CKB", null, new Response(Outcome.NO_REMARKS, null, null))));

        // when it is rendered
        RenderedDocument rendered = renderer.render(document);

        // then the PDF reads in the order of the source document, Danish letters intact
        assertThat(normalized(text(rendered.pdf())))
                .containsSubsequence(
                        "Københavns Kommune",
                        "Beskæftigelses- og Integrationsforvaltningen, Enhed for HR & Service",
                        "HovedMED",
                        "Til Beskæftigelses- og Integrationsudvalget",
                        "24. november 2015",
                        "J.nr.: 2015-0042",
                        "HovedMEDs høringssvar på forslaget om omlægningen af beskæftigelsesindsatsen",
                        "HovedMED tilslutter sig forslaget.",
                        "Høringsperioden: 10 arbejdsdage fra 5. november 2015 til 19. november 2015",
                        "Bilag: Høringssvar fra CenterMEDerne",
                        "Høringssvar fra AMC",
                        "Mødedato",
                        "Torsdag den 5. november 2015",
                        "Tid",
                        "Kl. 11.00-12.00",
                        "Sted",
                        "Mødelokalet ved Torvet",
                        "Deltagere",
                        "Ledelsessiden",
                        "Anders Friis, Erik Møller",
                        "Medarbejdersiden",
                        "Birthe Lund (TR), Dorte Kjær (AMR)",
                        "Afbud",
                        "Ingen",
                        "Ordstyrer",
                        "Anders Friis",
                        "Referent",
                        "Camilla Sand",
                        "Vi er i AMC’s CenterMED meget glade.",
                        "De tværgående teams",
                        "Overordnet set enige.",
                        "Medarbejderrepræsentanterne har yderligere følgende kommentarer",
                        "- Man ønsker, at ledelsesansvaret placeres entydigt.",
                        "Høringssvar fra CBSI",
                        "Intet høringssvar modtaget inden fristen.",
                        "Høringssvar fra CKB",
                        "Ingen bemærkninger.");
        // and the HTML is well-formed XHTML with the lines of a paragraph as line breaks
        assertThatCode(() -> parseXml(rendered.html())).doesNotThrowAnyException();
        assertThat(rendered.html()).contains("De tværgående teams<br/>Overordnet set enige.");
    }

    @Test
    void shouldShowUserTextLiterally() throws IOException {
        // given a response with markup and characters XML cannot carry
        ConsolidatedResponse document = document(
                new Response(
                        Outcome.RESPONDED, Text.of("<script>alert('x')</script> og <b>fed</b> & \u0007mere"), null),
                List.of(new CommitteeSection(
                        "AMC",
                        null,
                        new Response(Outcome.NO_REMARKS, null, Text.of("<img src=\"file:///etc/passwd\"/>")))));

        // when it is rendered
        RenderedDocument rendered = renderer.render(document);

        // then the markup is text in the HTML and in the PDF
        assertThat(rendered.html())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; og &lt;b&gt;fed&lt;/b&gt; &amp; mere")
                .contains("&lt;img src=&quot;file:///etc/passwd&quot;/&gt;")
                .doesNotContain("<script", "<b>", "<img");
        assertThat(normalized(text(rendered.pdf())))
                .contains("<script>alert('x')</script> og <b>fed</b> & mere", "<img src=\"file:///etc/passwd\"/>");
    }

    @Test
    void shouldEmbedTheShippedFont() throws IOException {
        // given any document
        ConsolidatedResponse document = document(new Response(Outcome.PENDING, null, null), List.of());

        // when it is rendered as PDF
        byte[] pdf = renderer.render(document).pdf();

        // then its text uses the embedded DejaVu Sans, regular and bold
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdDocument = Loader.loadPDF(pdf)) {
            pdDocument
                    .getPages()
                    .forEach(page -> page.getResources().getFontNames().forEach(name -> {
                        try {
                            PDFont font = page.getResources().getFont(name);
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                            fonts.add(font.getName());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
        }
        assertThat(fonts)
                .anyMatch(name -> name.endsWith("DejaVuSans"))
                .anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        assertThat(normalized(text(pdf))).contains("Høringssvaret foreligger endnu ikke.");
    }

    @Test
    void shouldRenderAValidPdfA2bDocument() {
        // given a consolidated response with every outcome, the employee side's remarks and Danish letters
        ConsolidatedResponse document = document(
                new Response(
                        Outcome.RESPONDED, Text.of("HovedMED tilslutter sig forslaget. Æ Ø Å æ ø å – “citat”"), null),
                List.of(
                        new CommitteeSection(
                                "AMC",
                                minutes(),
                                new Response(
                                        Outcome.RESPONDED,
                                        Text.of("Vi er glade."),
                                        Text.of("- Medarbejdersidens bemærkning."))),
                        new CommitteeSection("CBSI", null, new Response(Outcome.NO_RESPONSE, null, null)),
                        new CommitteeSection("CKB", null, new Response(Outcome.NO_REMARKS, null, null))));

        // when it is rendered
        byte[] pdf = renderer.render(document).pdf();

        // then veraPDF finds it a valid PDF/A-2b document (fonts embedded, sRGB output intent, XMP metadata)
        assertThat(PdfA.violations(pdf)).isEmpty();
    }

    private static ConsolidatedResponse document(Response main, List<CommitteeSection> committees) {
        return new ConsolidatedResponse(
                "Københavns Kommune",
                "Beskæftigelses- og Integrationsforvaltningen, Enhed for HR & Service",
                "HovedMED",
                "Beskæftigelses- og Integrationsudvalget",
                "forslaget om omlægningen af beskæftigelsesindsatsen",
                "2015-0042",
                "24. november 2015",
                main,
                "Høringsperioden: 10 arbejdsdage fra 5. november 2015 til 19. november 2015",
                committees);
    }

    private static MinutesHeader minutes() {
        return new MinutesHeader(
                "Torsdag den 5. november 2015",
                "Kl. 11.00-12.00",
                "Mødelokalet ved Torvet",
                "Anders Friis, Erik Møller",
                "Birthe Lund (TR), Dorte Kjær (AMR)",
                "Ingen",
                "Anders Friis",
                "Camilla Sand");
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void parseXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
