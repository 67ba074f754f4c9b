package dev.broadsheet.store;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.model.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Gets the issue reader ready ahead of the first load: initialising this class builds the mapper and the
     * deserializers of every model record (Jackson fetches the root deserializer eagerly), which is most of a
     * cold first load. The command line calls it on another thread while it parses its arguments.
     */
    public static void warmUp() {
        // the class initialiser has done the work by the time this runs
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
        JsonNode tree = JsonDocuments.readTree(text, file);
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
            throw new IssueLoadException(JsonDocuments.located(List.of(problem), text));
        } catch (IOException e) {
            throw new IssueLoadException(LoadProblem.error(file, 0, 0, "", e.getMessage()));
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (IssueChecks.Finding f : IssueChecks.check(issue, issueDir)) {
            problems.add(new LoadProblem(f.severity(), file, 0, 0, f.path().toString(), f.message()));
        }
        problems = JsonDocuments.located(problems, text);
        if (problems.stream().anyMatch(LoadProblem::isError)) {
            throw new IssueLoadException(problems);
        }
        return new Parsed(issue, version, problems);
    }

    private static int schemaVersion(ObjectNode root, String text, Path file) throws IssueLoadException {
        JsonNode node = root.get(SCHEMA_VERSION_KEY);
        JsonPath path = JsonPath.ROOT.property(SCHEMA_VERSION_KEY);
        if (node == null) {
            throw new IssueLoadException(LoadProblem.error(file, 1, 1, "$",
                    "no \"schemaVersion\": this is not a Broadsheet issue file"));
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new IssueLoadException(JsonDocuments.located(List.of(LoadProblem.error(file, 0, 0, path.toString(),
                    "expected a whole number from 1 to " + CURRENT_SCHEMA_VERSION + ", got " + JsonProblems.describe(node))), text));
        }
        int version = node.intValue();
        if (version > CURRENT_SCHEMA_VERSION) {
            throw new IssueLoadException(JsonDocuments.located(List.of(LoadProblem.error(file, 0, 0, path.toString(),
                    "schema version " + version + " comes from a newer Broadsheet; this one reads versions up to "
                            + CURRENT_SCHEMA_VERSION + ". Open the issue with a newer Broadsheet (the file was not changed)")), text));
        }
        return version;
    }
}
