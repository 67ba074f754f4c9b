package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and writing our JSON files with {@link IssueJson}, for any record type: the issue format uses
 * the parts, other packages (reviews, preferences) use {@link #read} and {@link #write} and get the same
 * strictness, the same located messages ({@code reviews/r1.json:3:5: $.marks[0].page: expected a whole
 * number, got "one"}) and the same atomic, backed-up saves.
 */
public final class JsonDocuments {
    private JsonDocuments() {
    }

    /**
     * Reads a whole file as one value of {@code type}.
     *
     * @throws IssueLoadException for a missing, unreadable or invalid file, located; the file is not touched
     */
    public static <T> T read(Path file, Class<T> type) throws IssueLoadException {
        byte[] bytes;
        try {
            if (Files.size(file) > IssueJson.MAX_DOCUMENT_LENGTH) {
                throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", "the file is larger than "
                        + IssueJson.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB (the limit on one file)"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", "no such file"));
        } catch (IssueLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
        String text = StrictUtf8.decode(bytes, file);
        JsonNode tree = readTree(text, file);
        if (tree == null || tree.isMissingNode()) {
            throw new IssueLoadException(LoadProblem.error(file, 1, 1, "", "the file is empty"));
        }
        try {
            return IssueJson.reader(type).readValue(tree);
        } catch (JsonMappingException e) {
            throw new IssueLoadException(located(List.of(JsonProblems.binding(file, tree, e)), text));
        } catch (IOException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Writes a value atomically in the house layout; the previous content, if any, is kept as
     * {@code file + ".bak"}.
     */
    public static void write(Path file, Object value) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(file, IssueJson.toJson(value).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                file.resolveSibling(file.getFileName() + ".bak"), AtomicFiles.Durability.FORCE_TO_DISK);
    }

    static JsonNode readTree(String text, Path file) throws IssueLoadException {
        JsonParser parser = null;
        try {
            parser = IssueJson.mapper().createParser(text); // a character source: columns count characters
            JsonNode tree = IssueJson.mapper().readTree(parser);
            if (parser.nextToken() != null) {
                var at = parser.currentTokenLocation();
                throw new IssueLoadException(LoadProblem.error(file, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected text after the end of the issue (" + JsonProblems.describe(tokenText(parser))
                                + "); a file holds one JSON object"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new IssueLoadException(JsonProblems.parsing(file, parser, e));
        } catch (IOException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", e.getMessage()));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a string source has nothing to release
                }
            }
        }
    }

    private static JsonNode tokenText(JsonParser parser) {
        try {
            JsonToken t = parser.currentToken();
            return t == JsonToken.START_OBJECT ? IssueJson.mapper().createObjectNode()
                    : t == JsonToken.START_ARRAY ? IssueJson.mapper().createArrayNode()
                    : IssueJson.mapper().getNodeFactory().textNode(parser.getText());
        } catch (IOException e) {
            return IssueJson.mapper().getNodeFactory().textNode("?");
        }
    }

    /** Adds line:column to problems that have a JSON path, from one pass over the text. */
    static List<LoadProblem> located(List<LoadProblem> problems, String text) {
        Map<String, JsonPath> wanted = new LinkedHashMap<>();
        for (LoadProblem p : problems) {
            if (!p.hasLocation() && !p.jsonPath().isEmpty()) {
                wanted.put(p.jsonPath(), parsePath(p.jsonPath()));
            }
        }
        if (wanted.isEmpty()) {
            return problems;
        }
        Map<JsonPath, int[]> found = JsonLocator.locateAll(text, wanted.values());
        List<LoadProblem> result = new ArrayList<>();
        for (LoadProblem p : problems) {
            int[] at = p.hasLocation() || p.jsonPath().isEmpty() ? null : found.get(wanted.get(p.jsonPath()));
            if (at == null && !p.hasLocation() && !p.jsonPath().isEmpty()) {
                at = nearestAncestor(parsePath(p.jsonPath()), text); // an unknown or missing property: point at its object
            }
            result.add(at == null ? p : p.at(at[0], at[1]));
        }
        return result;
    }

    private static int[] nearestAncestor(JsonPath path, String text) {
        for (JsonPath p = path; !p.segments().isEmpty(); ) {
            p = p.parent();
            var at = JsonLocator.locate(text, p);
            if (at.isPresent()) {
                return at.get();
            }
        }
        return null;
    }

    /** Parses the {@code $.a[0].b} form that {@link JsonPath#toString()} writes. */
    static JsonPath parsePath(String text) {
        List<Object> segments = new ArrayList<>();
        int i = text.startsWith("$") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                segments.add(text.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                int end = text.indexOf("']", i + 2);
                segments.add(text.substring(i + 2, end).replace("\\'", "'"));
                i = end + 2;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                segments.add(Integer.parseInt(text.substring(i + 1, end)));
                i = end + 1;
            } else {
                i++;
            }
        }
        return new JsonPath(segments);
    }
}
