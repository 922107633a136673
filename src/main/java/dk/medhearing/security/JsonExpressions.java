package dk.medhearing.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Looks for expressions in what a client sent, after decoding it as the server will: JSON through Jackson (which
 * detects UTF-8/16/32 and resolves {@code \}{@code uXXXX} escapes, in keys and values alike), query strings through
 * URL decoding. Undecodable input counts as unclean.
 */
final class JsonExpressions {

    static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonExpressions() {}

    static boolean bodyIsClean(byte[] body, String declaredCharset) {
        if (isBlank(body)) {
            return true;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (!tokensAreClean(parser)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        if (declaredCharset == null) {
            return true;
        }
        try (JsonParser parser = JSON.createParser(new String(body, Charset.forName(declaredCharset)))) {
            return tokensAreClean(parser);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static boolean queryStringIsClean(String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        if (isExpression(query)) {
            return false;
        }
        try {
            for (String pair : query.split("&")) {
                if (isExpression(URLDecoder.decode(pair, StandardCharsets.UTF_8))) {
                    return false;
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return true;
    }

    static boolean isExpression(String text) {
        return EXPRESSION.matcher(text).find();
    }

    private static boolean tokensAreClean(JsonParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) && isExpression(parser.getText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
