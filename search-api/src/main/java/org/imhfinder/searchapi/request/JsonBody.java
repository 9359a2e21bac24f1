package org.imhfinder.searchapi.request;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.schema.Json;

/**
 * Reads a request body that must be one JSON object. A member given twice (at any depth) is a 400
 * naming it, not "the last one wins": with two values for {@code action} or {@code until} the
 * client and this API could each read a different request.
 */
public final class JsonBody {
    private static final ObjectReader STRICT = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,100})'");

    private JsonBody() {
    }

    /** The body as a JSON object; otherwise a 400 whose detail says what was {@code expected}. */
    public static JsonNode object(String body, String expected) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badParameter("body", "expected " + expected);
        }
        JsonNode json;
        try {
            json = STRICT.readTree(body);
        } catch (IOException e) {
            throw duplicate(e).orElse(ApiProblem.badParameter("body", "expected " + expected));
        }
        if (json == null || !json.isObject()) {
            throw ApiProblem.badParameter("body", "expected " + expected);
        }
        return json;
    }

    private static java.util.Optional<ApiProblem> duplicate(IOException e) {
        if (e instanceof JsonParseException parse && parse.getOriginalMessage() != null) {
            Matcher m = DUPLICATE.matcher(parse.getOriginalMessage());
            if (m.find()) {
                return java.util.Optional.of(ApiProblem.badParameter(m.group(1), "given twice; give each member once"));
            }
        }
        return java.util.Optional.empty();
    }
}
