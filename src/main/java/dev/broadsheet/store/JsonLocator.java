package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where a value sits in a document's text, so that problems found after parsing (while binding the
 * tree to the model, or while checking the model) still get a line and column. For a property it gives
 * the place of its key, as an editor would point at it.
 */
final class JsonLocator {
    private JsonLocator() {
    }

    /** Line and column (1-based, in characters) of the value at {@code path}, if the text has it. */
    static Optional<int[]> locate(String text, JsonPath path) {
        return Optional.ofNullable(locateAll(text, Set.of(path)).get(path));
    }

    /** Line and column of each path the text has, in one pass over the text. */
    static Map<JsonPath, int[]> locateAll(String text, Collection<JsonPath> paths) {
        Map<JsonPath, int[]> found = new HashMap<>();
        Set<JsonPath> wanted = new HashSet<>(paths);
        if (wanted.remove(JsonPath.ROOT)) {
            found.put(JsonPath.ROOT, new int[] {1, 1});
        }
        if (wanted.isEmpty()) {
            return found;
        }
        try (JsonParser p = IssueJson.mapper().createParser(text)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                JsonPath here;
                if (token == JsonToken.FIELD_NAME) {
                    here = JsonPath.of(p.getParsingContext());
                } else if (token.isStructStart()) {
                    if (!p.getParsingContext().getParent().inArray()) {
                        continue; // an object that is a property's value: its key was already checked
                    }
                    here = JsonPath.of(p.getParsingContext().getParent());
                } else if (token.isScalarValue() && p.getParsingContext().inArray()) {
                    here = JsonPath.of(p.getParsingContext());
                } else {
                    continue;
                }
                if (wanted.remove(here)) {
                    JsonLocation at = p.currentTokenLocation();
                    found.put(here, new int[] {at.getLineNr(), at.getColumnNr()});
                    if (wanted.isEmpty()) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // a text that does not parse has no more places to find; return what was found
        }
        return found;
    }
}
