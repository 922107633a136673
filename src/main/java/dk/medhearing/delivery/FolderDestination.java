package dk.medhearing.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.medhearing.casefile.CaseFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An import folder: the zip is written to a temporary file in the same folder and moved to its name in one atomic
 * step, then its manifest ({@code <name>.json}: reference, kind, file name, SHA-256), so an importer that waits for
 * the manifest never reads half a zip. A repeated attempt writes the same bytes under the same name again.
 */
final class FolderDestination implements Destination {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    FolderDestination(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String deliver(DeliveryRow row, CaseFile file) throws IOException {
        Files.createDirectories(folder);
        String name = FileNames.safe(file.fileName());
        Path target = folder.resolve(name);
        writeAtomically(target, file.zip(), row.id());
        writeAtomically(
                folder.resolve(FileNames.withoutExtension(name) + ".json"), manifest(row, file, name), row.id());
        return target.toString();
    }

    private void writeAtomically(Path target, byte[] content, String id) throws IOException {
        Path temporary = folder.resolve("." + target.getFileName() + "." + id + ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static byte[] manifest(DeliveryRow row, CaseFile file, String name) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("reference", row.businessKey());
        manifest.put("kind", row.kind().name().toLowerCase(Locale.ROOT));
        manifest.put("fileName", name);
        manifest.put("sha256", file.sha256());
        manifest.put("size", file.zip().length);
        manifest.put("deliveryId", row.id());
        return JSON.writeValueAsBytes(manifest);
    }
}
