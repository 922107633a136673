package dk.medhearing.document;

import dk.medhearing.kit.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Multi-line user text as paragraphs of lines, so the template can show the line breaks while escaping every line.
 * Paragraphs are separated by blank lines.
 */
public record Text(List<List<String>> paragraphs) {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    public Text {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** The text's paragraphs; {@code null} for a {@code null} or blank text. */
    public static Text of(String value) {
        String text = clean(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        List<List<String>> paragraphs = Arrays.stream(BLANK_LINES.split(
                        text.replace("\r\n", "\n").replace('\r', '\n').strip()))
                .map(paragraph -> Arrays.stream(paragraph.split("\n"))
                        .map(String::stripTrailing)
                        .toList())
                .toList();
        return new Text(paragraphs);
    }

    /** The value without characters that XML cannot carry ({@link Texts#xmlSafe}); {@code null} stays {@code null}. */
    public static String clean(String value) {
        return Texts.xmlSafe(value);
    }
}
