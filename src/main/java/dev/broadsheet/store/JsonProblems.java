package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Length;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into {@link LoadProblem}s a person can act on: a plain message, the JSON path,
 * and the line:column (in characters) where reading stopped or where the offending value sits.
 */
final class JsonProblems {
    private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern STRING_LENGTH = Pattern.compile("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern DOCUMENT_LENGTH = Pattern.compile("Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern NUMBER_LENGTH = Pattern.compile("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    private JsonProblems() {
    }

    /** A problem met while reading the text into a tree: syntax, limits, duplicate keys. */
    static LoadProblem parsing(Path file, JsonParser parser, JsonProcessingException e) {
        JsonPath path = JsonPath.of(parser.getParsingContext());
        JsonLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : parser.currentLocation();
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String message;
        Matcher m;
        if (e instanceof StreamConstraintsException) {
            // Constraint violations carry no location (BUILD-FACTS.md): report where the parser stopped.
            where = parser.currentLocation();
            if ((m = NESTING.matcher(original)).find()) {
                message = "nesting deeper than " + m.group(2) + " (the limit on nested objects and lists); reading stopped here";
                path = path.segments().size() > 8 ? new JsonPath(path.segments().subList(0, 8)) : path;
                return LoadProblem.error(file, where.getLineNr(), where.getColumnNr(),
                        path + (path.segments().size() == 8 ? "…" : ""), message);
            } else if ((m = STRING_LENGTH.matcher(original)).find()) {
                message = "a string longer than " + String.format("%,d", Long.parseLong(m.group(2)))
                        + " characters (the limit on one text value); reading stopped here";
                where = parser.currentTokenLocation();
            } else if ((m = DOCUMENT_LENGTH.matcher(original)).find()) {
                message = "a document longer than " + String.format("%,d", Long.parseLong(m.group(2)))
                        + " characters (the limit on one file); reading stopped here";
            } else if ((m = NUMBER_LENGTH.matcher(original)).find()) {
                message = "a number longer than " + m.group(2) + " digits (the limit on one number)";
            } else {
                message = "a limit of the file format was exceeded: " + original;
            }
        } else if ((m = DUPLICATE.matcher(original)).find()) {
            message = "duplicate key '" + m.group(1) + "' (each key may appear once in an object)";
            where = parser.currentLocation(); // just after the second occurrence of the key
        } else if (original.startsWith("Trailing token")) {
            message = "unexpected text after the end of the issue; a file holds one JSON object";
            path = JsonPath.ROOT;
        } else if (original.contains("end-of-input")) {
            message = "the file ends too early (is it truncated?): " + plain(original);
            where = parser.currentLocation();
        } else {
            message = plain(original);
        }
        return LoadProblem.error(file, where.getLineNr(), where.getColumnNr(), path.toString(), message);
    }

    /** A problem met while binding the tree to the model: wrong types, unknown properties, invalid values. */
    static LoadProblem binding(Path file, JsonNode tree, JsonMappingException e) {
        JsonPath path = JsonPath.of(e);
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
        } else if (e instanceof InvalidTypeIdException t) {
            String id = t.getTypeId();
            message = id == null ? "missing \"type\" (one of " + frameTypes() + ")"
                    : "unknown type \"" + id + "\" (expected one of " + frameTypes() + ")";
            if (id != null) {
                path = path.property("type");
            }
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            JsonNode object = path.find(tree);
            if (cause instanceof NullPointerException && object.isObject() && isIdentifier(reason)) {
                path = path.property(reason);
                message = "missing required property '" + reason + "'";
            } else {
                String first = reason.split("[\\s:]", 2)[0];
                if (object.isObject() && object.has(first)) {
                    path = path.property(first); // "columnSpan must be at least 1" points at columnSpan
                }
                message = reason;
                JsonNode value = path.find(tree);
                if (value.isValueNode() && !reason.contains(value.asText())) {
                    message += ", got " + describe(value);
                }
            }
        } else if (e instanceof InvalidNullException) {
            message = "expected " + expected(((MismatchedInputException) e).getTargetType()) + ", got null";
        } else if (e instanceof MismatchedInputException mi) {
            JsonNode value = path.find(tree);
            if (mi.getCause() instanceof DateTimeParseException d) {
                message = "expected " + expected(mi.getTargetType()) + ", got " + describe(value) + " (" + d.getMessage() + ")";
            } else if (value.isMissingNode() && mi.getTargetType() != null && mi.getTargetType().isPrimitive()) {
                message = "missing required property (" + expected(mi.getTargetType()) + ")";
            } else {
                message = "expected " + expected(mi.getTargetType()) + ", got " + describe(value);
            }
        } else {
            message = plain(e.getOriginalMessage());
        }
        return LoadProblem.error(file, 0, 0, path.toString(), message);
    }

    /** What a value of this type looks like in the file, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text string";
        }
        if (type == Length.class) {
            return "a length such as \"10.5pt\" or \"297mm\"";
        }
        if (type == LocalDate.class) {
            return "a date such as \"2026-05-01\"";
        }
        if (type == Instant.class) {
            return "a time such as \"2026-05-01T18:30:00Z\"";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> "\"" + ((Enum<?>) c).name() + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object { … }";
        }
        return "an object { … } (" + type.getSimpleName() + ")";
    }

    /** A value as it stands in the file, short. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (text.length() > 40) {
                text = text.substring(0, 37) + "…";
            }
            return "\"" + text.replace("\"", "\\\"") + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known properties: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String frameTypes() {
        return Arrays.stream(FrameContent.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
                .map(t -> "\"" + t.name() + "\"").collect(Collectors.joining(", "));
    }

    private static boolean isIdentifier(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /** Jackson's message without its "[Source: …]" references and second lines. */
    private static String plain(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String first = message.split("\n", 2)[0];
        return SOURCE_REF.matcher(first).replaceAll(" (line $1, column $2)").strip();
    }
}
