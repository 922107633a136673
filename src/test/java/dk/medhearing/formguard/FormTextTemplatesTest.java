package dk.medhearing.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's form-js renders a text component as markdown and keeps links and pictures, so a variable templated into
 * one shows what a user typed as a link or a picture. Only values no user writes may be templated there; text from
 * users is shown in read-only fields (UserTextInFormsIT shows it in the browser).
 */
class FormTextTemplatesTest {

    /** Values no user types: the organisation file's names, a date the engine formats, the checked reference. */
    static final Set<String> NOT_FROM_USERS = Set.of(
            "committeeName", // the organisation file
            "partyName", // the organisation file
            "meetingAtText", // a date and time formatted by the engine
            "reference", // only letters, digits and '-' (InputRules.REFERENCE, the dialogue's ÅÅ-NNN-NN)
            "documentUrl"); // the app's base URL and the reference

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TEMPLATE_WORDS = Set.of(
            "if", "loop", "else", "this", "parent", "_this_", "_parent_", "and", "or", "not", "true", "false", "null");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noFormTemplatesUserTextIntoMarkdownOrHtml() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form :
                    forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                problems.addAll(problems(form.getFileName().toString(), JSON.readTree(form.toFile())));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void findsUserTextInTextHtmlAndPictureComponentsWhereverItIsNested() throws IOException {
        JsonNode form = JSON.readTree("""
                {"id": "x", "components": [
                  {"type": "text", "text": "## {{committeeName}}: {{ title }}"},
                  {"type": "text", "text": "= \\"Kommentar: \\" + previousComments"},
                  {"type": "group", "components": [
                    {"type": "text", "text": "{{#if comments}}{{#loop comments}}{{this}}{{/loop}}{{/if}}"}]},
                  {"type": "html", "content": "<p>{{upper case(summary)}}</p>"},
                  {"type": "image", "source": "=pictureUrl"},
                  {"type": "text", "text": "Dialogmødet blev holdt {{meetingAtText}} ({{reference}})."},
                  {"type": "textarea", "key": "previousComments", "readonly": true, "label": "Kommentarer"}]}""");

        assertThat(problems("x.form", form))
                .containsExactly(
                        "x.form: text templates 'title'",
                        "x.form: text is an expression",
                        "x.form: text templates 'comments'",
                        "x.form: html templates 'upper'",
                        "x.form: html templates 'case'",
                        "x.form: html templates 'summary'",
                        "x.form: image shows a value from a variable");
    }

    /** What a form's text, html, image and iframe components show of variables that may hold user text. */
    static List<String> problems(String name, JsonNode form) {
        List<String> problems = new ArrayList<>();
        collect(name, form.path("components"), problems);
        return problems;
    }

    private static void collect(String name, JsonNode components, List<String> problems) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            switch (type) {
                case "text" -> template(name, type, component.path("text").asText(""), problems);
                case "html" -> template(name, type, component.path("content").asText(""), problems);
                case "image", "iframe" -> {
                    String source = component
                            .path("image".equals(type) ? "source" : "url")
                            .asText("");
                    if (source.startsWith("=") || source.contains("{{")) {
                        problems.add(name + ": " + type + " shows a value from a variable");
                    }
                }
                default -> {}
            }
            collect(name, component.path("components"), problems);
        }
    }

    private static void template(String name, String type, String text, List<String> problems) {
        if (text.strip().startsWith("=")) {
            problems.add(name + ": " + type + " is an expression");
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        Matcher template = TEMPLATE.matcher(text);
        while (template.find()) {
            Matcher word = NAME.matcher(template.group(1).replaceAll("\"[^\"]*\"", ""));
            while (word.find()) {
                String variable = word.group();
                if (!TEMPLATE_WORDS.contains(variable) && !NOT_FROM_USERS.contains(variable) && named.add(variable)) {
                    problems.add(name + ": " + type + " templates '" + variable + "'");
                }
            }
        }
    }
}
