package dk.medhearing.kit;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TextsTest {

    private static final String EVERYTHING_BAD =
            "a\u0000b\u0001c\u0008d\u000Be\u001Ff\u007Fg\u0085h\u009Fi\uD800j\uDFFFk" + "\uFFFEl\uFFFFm";

    @Test
    void shouldStripWhatXmlCannotHoldAndKeepTheRest() {
        // given a text with every kind of forbidden character, and one with tabs, line breaks, Danish and an emoji
        String kept = "Høring\tom\r\nÆØÅ \uD83D\uDE00 \u00A0slut";

        // when both are made XML-safe
        String stripped = Texts.xmlSafe(EVERYTHING_BAD);

        // then only the forbidden characters are gone
        assertThat(stripped).isEqualTo("abcdefghijklm");
        assertThat(Texts.xmlSafe(kept)).isSameAs(kept);
        assertThat(Texts.xmlSafe(null)).isNull();
    }

    @Test
    void shouldMakeAnyTextParseAsXml() {
        // given an XHTML page around the worst text
        String page = "<p>" + Texts.xmlSafe(EVERYTHING_BAD + " \uD83D\uDE00") + "</p>";

        // then an XML 1.0 parser reads it
        assertThatCode(() -> DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))))
                .doesNotThrowAnyException();
    }
}
