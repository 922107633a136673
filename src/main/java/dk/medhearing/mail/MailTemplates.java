package dk.medhearing.mail;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The Danish mail texts, Thymeleaf text templates in {@code templates/mail/}. The first line of a template is the
 * subject ({@code Emne: ...}), the rest the body. Plain text: user input cannot become markup.
 */
@Component
public class MailTemplates {

    private static final String SUBJECT_PREFIX = "Emne:";
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** A rendered template: subject and body. */
    public record Rendered(String subject, String text) {
    }

    public Rendered render(String template, Map<String, Object> model) {
        String output = engine.process(template, new Context(Locale.forLanguageTag("da-DK"), model)).strip();
        int newline = output.indexOf('\n');
        String first = newline < 0 ? output : output.substring(0, newline);
        if (!first.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("Mail template " + template + " must start with '" + SUBJECT_PREFIX + "'");
        }
        String body = newline < 0 ? "" : output.substring(newline + 1).strip();
        return new Rendered(first.substring(SUBJECT_PREFIX.length()).strip(), body + "\n");
    }
}
