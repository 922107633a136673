package dk.medhearing.delivery;

import java.util.Locale;

/** File names a case system's import folder and any file system accept. */
final class FileNames {

    private FileNames() {}

    /** Letters, digits, '.', '_' and '-' only (others become '_'), no leading dot, at most 120 characters. */
    static String safe(String name) {
        String cleaned =
                (name == null ? "" : name).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_' || c == '.')) {
            cleaned = "sagsmappe.zip";
        }
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(0, 116) + ".zip";
        }
        return cleaned.toLowerCase(Locale.ROOT).endsWith(".zip") ? cleaned : cleaned + ".zip";
    }

    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
