package dk.medhearing.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Danish translation of the Camunda 7.24 webapps: every key of the webjar's en.json (read from the webjar on the
 * test classpath) has a Danish value in our da.json, and the words a MED chair reads most are Danish.
 */
class WebappTranslationTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys that are empty on purpose: the vendor banner (hidden for MED members), a form hint empty in en.json too. */
    private static final Set<String> EMPTY_ON_PURPOSE = Set.of("BANNER_CE_EOL_TEXT", "NO_TASK_FORM");
    /** Texts that read the same in Danish as in en.json. */
    private static final Set<String> SAME_IN_DANISH = Set.of("Filter", "Links", "Start", "Type", "weekend");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void everyEnglishKeyHasANonEmptyDanishValue(String app) throws IOException {
        // given
        JsonNode english = labels(app, "en");
        JsonNode danish = labels(app, "da");
        // when
        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            JsonNode value = danish.get(key);
            if (value == null || !value.isTextual()) {
                missing.add(key);
            } else if (value.asText().isBlank() && !EMPTY_ON_PURPOSE.contains(key)) {
                empty.add(key);
            }
        });
        // then
        assertThat(english.size())
                .as("en.json of %s read from the 7.24 webjar", app)
                .isGreaterThan(100);
        assertThat(missing).as("keys of %s without a Danish text", app).isEmpty();
        assertThat(empty).as("keys of %s with an empty Danish text", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void danishDaJsonHasNoKeyTheWebappsDoNotKnow(String app) throws IOException {
        // given
        JsonNode english = labels(app, "en");
        JsonNode danish = labels(app, "da");
        // when
        List<String> unknown = new ArrayList<>();
        danish.fieldNames().forEachRemaining(key -> {
            if (!english.has(key)) {
                unknown.add(key);
            }
        });
        // then
        assertThat(unknown).isEmpty();
        assertThat(danish.size()).isEqualTo(english.size());
    }

    @Test
    void theWordsAChairReadsMostAreDanish() throws IOException {
        // given
        JsonNode danish = labels("tasklist", "da");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("CLAIM_TASK", "Tag opgaven"),
                Map.entry("COMPLETE", "Afslut"),
                Map.entry("SET_FOLLOW_UP_DATE", "Sæt opfølgningsdato"),
                Map.entry("COMMENT_CREATE", "Tilføj kommentar"),
                Map.entry("START_PROCESS", "Start forløb"),
                Map.entry("CREATE_TASK", "Opret opgave"),
                Map.entry("HISTORY", "Historik"),
                Map.entry("CREATION", "Oprettet"),
                Map.entry("DIAGRAM", "Forløb"),
                Map.entry("PAGE_LOGIN_SIGN_IN_ACTION", "Log ind"),
                Map.entry("PAGE_LOGIN_PASSWORD", "Adgangskode"));
        // then
        expected.forEach(
                (key, text) -> assertThat(danish.path(key).asText()).as(key).isEqualTo(text));
        assertThat(danish.path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void noDanishTextIsLeftInEnglish(String app) throws IOException {
        // given: English words that a translated text would not contain
        List<String> english = List.of(
                "Claim",
                "Complete",
                "Add Comment",
                "Start process",
                "Create task",
                "Diagram",
                "Created",
                "Due",
                "Follow-up",
                "Log in",
                "Username",
                "Password",
                "Task",
                "Filter Tasks",
                "Camunda 8");
        JsonNode danish = labels(app, "da");
        JsonNode original = labels(app, "en");
        // when
        List<String> leftovers = new ArrayList<>();
        danish.fields().forEachRemaining(entry -> english.stream()
                .filter(word -> entry.getValue().asText().matches("(?s).*\\b" + Pattern.quote(word) + "\\b.*"))
                .forEach(word -> leftovers.add(entry.getKey() + " contains \"" + word + "\"")));
        List<String> untranslated = new ArrayList<>();
        danish.fields().forEachRemaining(entry -> {
            String text = entry.getValue().asText();
            if (text.equals(original.path(entry.getKey()).asText())
                    && text.matches("(?s).*\\p{L}{3}.*")
                    && !SAME_IN_DANISH.contains(text)) {
                untranslated.add(entry.getKey() + " = \"" + text + "\"");
            }
        });
        // then
        assertThat(leftovers).isEmpty();
        assertThat(untranslated).as("texts of %s still as in en.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void danishIsTheFallbackAndTheAppIsCalledMedHoeringer(String app) throws IOException {
        // when
        String config = resource(APP + app + "/scripts/config.js");
        String css = resource(APP + app + "/styles/user-styles.css");
        // then
        assertThat(config)
                .contains("name: 'MED-høringer'")
                .contains("fallbackLocale: 'da'")
                .contains("availableLocales: ['da'],");
        assertThat(css).contains(".ce-eol-banner").contains("display: none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void administratorsStillSeeTheBannerAndADanishLogin(String app) throws IOException {
        // when
        JsonNode danish = labels(app, "da");
        // then
        assertThat(danish.path("BANNER_CE_EOL_TEXT").asText()).contains("Camunda 8");
        assertThat(danish.path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Log ind");
        assertThat(danish.path("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Brugernavn");
        assertThat(resource(APP + app + "/styles/user-styles.css")).doesNotContain("ce-eol-banner");
    }

    /**
     * What form-js (Camunda Forms, in the webjar's lib/deps.js) shows a user in English, as it shows it (a value
     * where the form puts one), and what scripts/medhearing.js makes of it.
     */
    private static final Map<String, String> FORM_JS_TEXTS = Map.ofEntries(
            Map.entry("Field is required.", "Feltet skal udfyldes."),
            Map.entry("Field must have minimum length of 5.", "Skriv mindst 5 tegn."),
            Map.entry("Field must have maximum length of 4000.", "Skriv højst 4000 tegn."),
            Map.entry("Field must have minimum value of 1.", "Værdien skal være mindst 1."),
            Map.entry("Field must have maximum value of 10.", "Værdien må højst være 10."),
            Map.entry("Field must match pattern ^[A-Z]+-\\d{4}$.", "Feltet er ikke udfyldt i den form, det skal have."),
            Map.entry("Field must be a valid email.", "Skriv en gyldig e-mailadresse."),
            Map.entry(
                    "Field must be a valid  international phone number. (e.g. +4930664040900)",
                    "Skriv et gyldigt telefonnummer med landekode (fx +4512345678)."),
            Map.entry("Value is not a number.", "Skriv et tal."),
            Map.entry("Value is expected to be an integer.", "Skriv et helt tal."),
            Map.entry("Value is expected to have at most 2 decimal digits.", "Skriv højst 2 decimaler."),
            Map.entry("Date and time must both be entered.", "Skriv både dato og klokkeslæt."),
            Map.entry("Select", "Vælg"),
            Map.entry("Search", "Søg"),
            Map.entry("No results", "Ingen resultater"),
            Map.entry("Add new", "Tilføj"),
            Map.entry("Expand all (7)", "Vis alle (7)"),
            Map.entry("Collapse", "Vis færre"),
            Map.entry("Nothing to show.", "Intet at vise."),
            Map.entry("Remove list item 2", "Fjern punkt 2"),
            Map.entry("hh:mm", "tt:mm"),
            Map.entry("dd.mm.yyyy", "dd.mm.åååå"));

    @Test
    void everyFixedEnglishTextOfFormJsIsTranslatedByOurScript() throws IOException {
        // given form-js as Tasklist 7.24 bundles it, and our script's tables
        String formJs = resource("META-INF/resources/webjars/camunda/lib/deps.js");
        String script = resource(APP + "tasklist/scripts/medhearing.js");
        Map<String, String> texts = new LinkedHashMap<>();
        Matcher text = Pattern.compile("\\n  '([^'\\n]+)':\\s*'([^']*)'").matcher(script);
        while (text.find()) {
            texts.put(text.group(1), text.group(2));
        }
        List<Map.Entry<Pattern, String>> patterns = new ArrayList<>();
        Matcher pattern = Pattern.compile("\\[/(\\^.*?\\$)/,\\s*'([^']*)'\\]").matcher(script);
        while (pattern.find()) {
            patterns.add(Map.entry(Pattern.compile(pattern.group(1)), pattern.group(2)));
        }

        // when each English text is translated as the script does (whole texts first, then the patterns)
        Map<String, String> translated = new LinkedHashMap<>();
        FORM_JS_TEXTS
                .keySet()
                .forEach(english -> translated.put(
                        english,
                        texts.containsKey(english)
                                ? texts.get(english)
                                : patterns.stream()
                                        .filter(p -> p.getKey().matcher(english).matches())
                                        .findFirst()
                                        .map(p -> p.getKey().matcher(english).replaceAll(p.getValue()))
                                        .orElse(null)));

        // then each is Danish, and each is still what form-js says (a newer form-js with new words fails here)
        assertThat(texts).hasSizeGreaterThan(15);
        assertThat(translated).containsExactlyInAnyOrderEntriesOf(FORM_JS_TEXTS);
        assertThat(formJs)
                .contains(
                        "Field is required.",
                        "`Field must have minimum length of ${",
                        "`Field must have maximum length of ${",
                        "`Field must have minimum value of ${",
                        "`Field must have maximum value of ${",
                        "`Field must match pattern ${",
                        "Field must be a valid email.",
                        "Value is not a number.",
                        "Date and time must both be entered.",
                        "\"Select\"",
                        "\"Add new\"",
                        "placeholder:h?\"hh:mm\":\"hh:mm ?m\"",
                        "emptyListMessage:c=\"No results\"");
        // and form-js has no validation message our script does not know
        Matcher messages =
                Pattern.compile("[\"`](Field (?:is|must)[^\"`]*)[\"`]").matcher(formJs);
        List<String> unknown = new ArrayList<>();
        while (messages.find()) {
            String example = messages.group(1).replaceAll("\\$\\{[^}]*}", "5");
            boolean known = texts.containsKey(example)
                    || patterns.stream()
                            .anyMatch(p -> p.getKey().matcher(example).matches());
            if (!known && !example.startsWith("Field is not present")) {
                unknown.add(example);
            }
        }
        assertThat(unknown).as("form-js messages without Danish").isEmpty();
    }

    @Test
    void theDatePickerIsDanishWithMondayFirstAndOurScriptIsLoaded() throws IOException {
        // when
        String script = resource(APP + "tasklist/scripts/medhearing.js");
        String config = resource(APP + "tasklist/scripts/config.js");
        String formJs = resource("META-INF/resources/webjars/camunda/lib/deps.js");
        // then flatpickr (which form-js's date field uses, and which sets window.flatpickr) gets Danish
        assertThat(formJs).contains("window.flatpickr=", ".localize=function(");
        assertThat(script)
                .contains(
                        "window.flatpickr.localize(FLATPICKR_DANISH)",
                        "firstDayOfWeek: 1",
                        "'januar', 'februar', 'marts'",
                        "'december'",
                        "['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør']");
        assertThat(config).contains("customScripts: ['scripts/medhearing', 'scripts/sso-logout']");
    }

    private static JsonNode labels(String app, String locale) throws IOException {
        String path = APP + app + "/locales/" + locale + ".json";
        String text = resource(path);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the webjar's files start with a byte order mark
        }
        return JSON.readTree(text).path("labels");
    }

    private static String resource(String path) throws IOException {
        List<URL> urls =
                Collections.list(WebappTranslationTest.class.getClassLoader().getResources(path));
        assertThat(urls).as(path).isNotEmpty();
        // ours (target/classes) comes first on the classpath, before the webjar, as on the running server
        try (InputStream in = urls.get(0).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
