package dk.medhearing.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * The case file's classification in the municipality's journal: the KLE subject number (emnenummer) and action
 * facet (handlingsfacet), by default for every hearing and every dialogue meeting, and per case (by its reference,
 * written {@code "[BIF-2026-0001]"} in YAML so the key keeps its letters) where a case needs another.
 */
@ConfigurationProperties("medhearing.casefile")
public record CaseFileProperties(
        @DefaultValue Classification hearings,
        @DefaultValue Classification dialogueMeetings,
        Map<String, Classification> cases) {

    public CaseFileProperties {
        cases = cases == null ? Map.of() : Map.copyOf(cases);
    }

    /** The classification of one case: the per-case setting, else the default of its kind. */
    Classification forHearing(String reference) {
        return cases.getOrDefault(reference, hearings);
    }

    Classification forDialogueMeeting(String reference) {
        return cases.getOrDefault(reference, dialogueMeetings);
    }

    /** A KLE subject number ("81.03.00") and action facet ("G01"). */
    public record Classification(
            @DefaultValue("81.00.00") String kleSubject,
            @DefaultValue("G01") String actionFacet) {}
}
