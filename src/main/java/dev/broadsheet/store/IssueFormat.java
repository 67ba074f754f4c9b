package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.model.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue file format: {@code {"schemaVersion": 2, …the Issue record…}}, UTF-8, written by
 * {@link IssueJson}. Reading goes text → tree (syntax, limits, duplicate keys) → migrations up to
 * {@link #CURRENT_SCHEMA_VERSION} → model (types, unknown properties, the records' own checks) →
 * {@link IssueChecks}; every problem found on the way is located in the original text.
 */
public final class IssueFormat {

    /** The version this Broadsheet writes. History: 1 = lengths as bare millimetres, byline as one string. */
    public static final int CURRENT_SCHEMA_VERSION = 2;
    public static final String SCHEMA_VERSION_KEY = "schemaVersion";

    /** One step per version, in order: MIGRATIONS.get(i) reads version i + 1. */
    private static final List<Migration> MIGRATIONS = List.of(new MigrationV1ToV2());

    private static final ObjectReader ISSUE_READER = IssueJson.reader(Issue.class);

    static {
        for (int i = 0; i < MIGRATIONS.size(); i++) {
            if (MIGRATIONS.get(i).fromVersion() != i + 1) {
                throw new IllegalStateException("migration " + i + " must read version " + (i + 1));
            }
        }
        if (MIGRATIONS.size() != CURRENT_SCHEMA_VERSION - 1) {
            throw new IllegalStateException("every earlier schema version needs a migration");
        }
    }

    /** An issue as read, with the version its file had and the warnings found. */
    public record Parsed(Issue issue, int fileSchemaVersion, List<LoadProblem> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }

        public boolean wasMigrated() {
            return fileSchemaVersion != CURRENT_SCHEMA_VERSION;
        }
    }

    private IssueFormat() {
    }

    /** The exact text of an issue file: schema version first, then the issue; same issue, same text. */
    public static String toJson(Issue issue) {
        ObjectNode root = IssueJson.mapper().createObjectNode();
        root.put(SCHEMA_VERSION_KEY, CURRENT_SCHEMA_VERSION);
        root.setAll((ObjectNode) IssueJson.mapper().valueToTree(issue));
        return IssueJson.toJson(root);
    }

    public static byte[] toBytes(Issue issue) {
        return toJson(issue).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads an issue file's bytes.
     *
     * @param file     the file's name as it should appear in messages
     * @param issueDir the issue folder, to check that image files exist; null to skip that check
     * @throws IssueLoadException with every error found (and the warnings), each located where possible
     */
    public static Parsed read(byte[] bytes, Path file, Path issueDir) throws IssueLoadException {
        if (bytes.length > IssueJson.MAX_DOCUMENT_LENGTH) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", "the file is larger than "
                    + IssueJson.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB (the limit on one file)"));
        }
        String text = StrictUtf8.decode(bytes, file);
        JsonNode tree = readTree(text, file);
        if (tree == null || tree.isMissingNode()) {
            throw new IssueLoadException(LoadProblem.error(file, 1, 1, "", "the file is empty"));
        }
        if (!tree.isObject()) {
            throw new IssueLoadException(LoadProblem.error(file, 1, 1, "$",
                    "expected an issue object { … }, got " + JsonProblems.describe(tree)));
        }
        ObjectNode root = (ObjectNode) tree;
        int version = schemaVersion(root, text, file);
        root.remove(SCHEMA_VERSION_KEY);
        try {
            for (int v = version; v < CURRENT_SCHEMA_VERSION; v++) {
                root = MIGRATIONS.get(v - 1).apply(root);
            }
        } catch (IllegalArgumentException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "$",
                    "cannot carry schema version " + version + " over to " + CURRENT_SCHEMA_VERSION + ": " + e.getMessage()));
        }
        Issue issue;
        try {
            issue = ISSUE_READER.readValue(root);
        } catch (JsonMappingException e) {
            LoadProblem problem = JsonProblems.binding(file, root, e);
            throw new IssueLoadException(located(List.of(problem), text));
        } catch (IOException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", e.getMessage()));
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (IssueChecks.Finding f : IssueChecks.check(issue, issueDir)) {
            problems.add(new LoadProblem(f.severity(), file, 0, 0, f.path().toString(), f.message()));
        }
        problems = located(problems, text);
        if (problems.stream().anyMatch(LoadProblem::isError)) {
            throw new IssueLoadException(problems);
        }
        return new Parsed(issue, version, problems);
    }

    private static JsonNode readTree(String text, Path file) throws IssueLoadException {
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

    private static int schemaVersion(ObjectNode root, String text, Path file) throws IssueLoadException {
        JsonNode node = root.get(SCHEMA_VERSION_KEY);
        JsonPath path = JsonPath.ROOT.property(SCHEMA_VERSION_KEY);
        if (node == null) {
            throw new IssueLoadException(LoadProblem.error(file, 1, 1, "$",
                    "no \"schemaVersion\": this is not a Broadsheet issue file"));
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new IssueLoadException(located(List.of(LoadProblem.error(file, 0, 0, path.toString(),
                    "expected a whole number from 1 to " + CURRENT_SCHEMA_VERSION + ", got " + JsonProblems.describe(node))), text));
        }
        int version = node.intValue();
        if (version > CURRENT_SCHEMA_VERSION) {
            throw new IssueLoadException(located(List.of(LoadProblem.error(file, 0, 0, path.toString(),
                    "schema version " + version + " comes from a newer Broadsheet; this one reads versions up to "
                            + CURRENT_SCHEMA_VERSION + ". Open the issue with a newer Broadsheet (the file was not changed)")), text));
        }
        return version;
    }

    /** Adds line:column to problems that have a JSON path, from one pass over the text. */
    private static List<LoadProblem> located(List<LoadProblem> problems, String text) {
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
