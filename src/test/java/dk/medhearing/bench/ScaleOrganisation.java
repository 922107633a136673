package dk.medhearing.bench;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * s5's organisation: the repository's {@code config/organisation.yaml} with LokalMEDs added, five members each
 * (chair, vice-chair and TR, secretary, AMR, a member), until it has as many local committees as s5's large hearing
 * consults: a large municipality's 200 committees and 1,000 members.
 */
final class ScaleOrganisation {

    private ScaleOrganisation() {}

    /** Writes the organisation with at least {@code committees} local committees to {@code file}. */
    @SuppressWarnings("unchecked")
    static Path write(Path repository, Path file, int committees) {
        try {
            Map<String, Object> organisation =
                    new Yaml().load(Files.readString(repository.resolve("config/organisation.yaml")));
            List<Map<String, Object>> people = new ArrayList<>((List<Map<String, Object>>) organisation.get("people"));
            List<Map<String, Object>> units = new ArrayList<>((List<Map<String, Object>>) organisation.get("units"));
            long existing = units.stream()
                    .filter(u -> "local-committee".equals(u.get("type")))
                    .count();
            for (int i = 1; i <= committees - existing; i++) {
                String unit = String.format("lokalmed-%03d", i);
                List<Map<String, Object>> members = new ArrayList<>();
                members.add(member(people, unit + ".chair", "Leder", "management", List.of("chair")));
                members.add(
                        member(people, unit + ".vice", "Tillidsrepræsentant", "employee", List.of("vice-chair", "tr")));
                members.add(member(people, unit + ".secretary", "Sekretær", "management", List.of("secretary")));
                members.add(member(people, unit + ".amr", "Arbejdsmiljørepræsentant", "employee", List.of("amr")));
                members.add(member(people, unit + ".member", "Medarbejder", "employee", List.of("member")));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", unit);
                entry.put("type", "local-committee");
                entry.put("name", "LokalMED " + i);
                entry.put("full-name", "LokalMED for enhed " + i);
                entry.put("members", members);
                units.add(entry);
            }
            organisation.put("people", people);
            organisation.put("units", units);
            Files.createDirectories(file.getParent());
            Files.writeString(file, new Yaml().dump(organisation));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> member(
            List<Map<String, Object>> people, String id, String title, String side, List<String> roles) {
        people.add(Map.of("id", id, "name", title + " " + id, "title", title, "email", id + "@example.org"));
        return Map.of("person", id, "side", side, "roles", roles);
    }
}
