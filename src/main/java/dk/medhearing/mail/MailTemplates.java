package dk.medhearing.mail;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Danish mail texts, Thymeleaf text templates in {@code templates/mail/}. The first line of a template is the
 * subject ({@code Emne: ...}), the rest the body. Plain text: user input cannot become markup. The subject line is
 * rendered on its own and made one line, so a line break in a title (stored before titles refused them) can neither
 * cut the subject nor push the rest of the title into the body, where it would read as headers.
 */
@Component
public class MailTemplates {

    private static final String SUBJECT_PREFIX = "Emne:";
    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Map<String, String[]> sources = new ConcurrentHashMap<>();

    public MailTemplates() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** A rendered template: subject and body. */
    public record Rendered(String subject, String text) {}

    public Rendered render(String template, Map<String, Object> model) {
        String[] source = sources.computeIfAbsent(template, MailTemplates::load);
        Context context = new Context(Locale.forLanguageTag("da-DK"), model);
        String subject = oneLine(engine.process(source[0], context));
        String body = engine.process(source[1], context).strip();
        return new Rendered(subject, body + "\n");
    }

    /** Every line break and other control character becomes a space: a subject is one line. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** The template's subject line (without "Emne:") and its body. */
    private static String[] load(String template) {
        String path = "templates/mail/" + template + ".txt";
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Mail template " + path + " not found");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            String first = newline < 0 ? text : text.substring(0, newline);
            if (!first.startsWith(SUBJECT_PREFIX)) {
                throw new IllegalStateException(
                        "Mail template " + template + " must start with '" + SUBJECT_PREFIX + "'");
            }
            return new String[] {
                first.substring(SUBJECT_PREFIX.length()), newline < 0 ? "" : text.substring(newline + 1)
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mail template " + path, e);
        }
    }
}
