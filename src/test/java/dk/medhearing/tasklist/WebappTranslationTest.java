package dk.medhearing.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
        assertThat(english.size()).as("en.json of %s read from the 7.24 webjar", app).isGreaterThan(100);
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
        expected.forEach((key, text) -> assertThat(danish.path(key).asText()).as(key).isEqualTo(text));
        assertThat(danish.path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void noDanishTextIsLeftInEnglish(String app) throws IOException {
        // given: English words that a translated text would not contain
        List<String> english = List.of("Claim", "Complete", "Add Comment", "Start process", "Create task", "Diagram",
                "Created", "Due", "Follow-up", "Log in", "Username", "Password", "Task", "Filter Tasks", "Camunda 8");
        JsonNode danish = labels(app, "da");
        JsonNode original = labels(app, "en");
        // when
        List<String> leftovers = new ArrayList<>();
        danish.fields().forEachRemaining(entry -> english.stream()
                .filter(word -> entry.getValue().asText().matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"))
                .forEach(word -> leftovers.add(entry.getKey() + " contains \"" + word + "\"")));
        List<String> untranslated = new ArrayList<>();
        danish.fields().forEachRemaining(entry -> {
            String text = entry.getValue().asText();
            if (text.equals(original.path(entry.getKey()).asText()) && text.matches("(?s).*\\p{L}{3}.*")
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
        assertThat(config).contains("name: 'MED-høringer'").contains("fallbackLocale: 'da'")
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

    private static JsonNode labels(String app, String locale) throws IOException {
        String path = APP + app + "/locales/" + locale + ".json";
        String text = resource(path);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the webjar's files start with a byte order mark
        }
        return JSON.readTree(text).path("labels");
    }

    private static String resource(String path) throws IOException {
        List<URL> urls = Collections.list(WebappTranslationTest.class.getClassLoader().getResources(path));
        assertThat(urls).as(path).isNotEmpty();
        // ours (target/classes) comes first on the classpath, before the webjar, as on the running server
        try (InputStream in = urls.get(0).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
