package dk.medhearing.committee;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads the YAML files in {@code config/} strictly (unknown fields are errors). Every failure names the file and,
 * where known, the entry or line: the caller's exception type carries the message.
 */
public final class ConfigFiles {

    /** User, group and unit ids: what Camunda's resource whitelist allows. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigFiles() {}

    /**
     * The file's content as {@code type}; {@code failure} makes the exception from a message and a cause
     * ({@code null} when there is none). {@code what} names the file in the message ("the organisation file").
     */
    public static <T> T read(
            Path file,
            Class<T> type,
            String what,
            String property,
            BiFunction<String, Throwable, RuntimeException> failure) {
        if (!Files.isRegularFile(file)) {
            throw failure.apply(file + ": " + what + " does not exist (set " + property + ")", null);
        }
        T dto;
        try {
            dto = YAML.readValue(file.toFile(), type);
        } catch (UnrecognizedPropertyException e) {
            throw failure.apply(
                    file + ": " + path(e) + ": unknown field '" + e.getPropertyName() + "' (allowed: "
                            + e.getKnownPropertyIds() + ")",
                    e);
        } catch (JsonProcessingException e) {
            throw failure.apply(file + at(e.getLocation()) + ": malformed YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw failure.apply(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (dto == null) {
            throw failure.apply(file + ": the file is empty", null);
        }
        return dto;
    }

    /** The entry an error sits in, e.g. {@code units[2].members[0]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "top level" : path.toString();
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
