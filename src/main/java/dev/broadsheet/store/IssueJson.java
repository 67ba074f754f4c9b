package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * THE one Jackson mapper of Broadsheet (BRIEF.md: "one strictly configured Jackson mapper"). Every JSON
 * file the project reads or writes — issues, locks, preferences, reviews — goes through {@link #mapper()},
 * so that they all share the same limits and the same people-friendly layout.
 *
 * <p>Reading is strict (BUILD-FACTS.md "Jackson 2.23.0" lists the lenient defaults this turns around):
 * <ul>
 *   <li>limits on the {@link JsonFactory}: nesting {@value #MAX_NESTING_DEPTH}, strings
 *       {@value #MAX_STRING_LENGTH} characters, documents {@value #MAX_DOCUMENT_LENGTH} characters;</li>
 *   <li>duplicate keys, trailing tokens, unknown properties, null for primitives, numbers for enums and
 *       floats for whole numbers are rejected;</li>
 *   <li>no scalar coercion: {@code "80"} is not a number and {@code 80} is not a string.</li>
 * </ul>
 * A documented choice: <b>missing</b> properties are allowed and take the model's default (the record
 * constructors turn null into the default, or refuse it with {@code requireNonNull}); a missing primitive
 * is refused. This lets a record gain a component without a schema bump, while every file we write
 * lists every property (nulls included), so a diff always shows the whole state.
 *
 * <p>Writing is stable: records in component order, map entries sorted by key, 2-space indent, {@code \n}
 * line ends and a trailing newline, dates as ISO-8601 strings. Same value, same bytes.
 */
public final class IssueJson {

    /** Deepest nesting of objects and arrays a file may have; an issue needs about 12. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value, in characters (a story's paragraph is a few thousand). */
    public static final int MAX_STRING_LENGTH = 10_000_000;
    /** Longest document, in characters; a 48-page issue is about 2 MB. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final JsonMapper MAPPER = build();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private IssueJson() {
    }

    /**
     * The strictly configured mapper, shared by every package; use {@link #writer()} or {@link #toJson} for
     * output so that files get the house layout. Never reconfigure it (that would change every file format
     * at once); for a variation, derive a reader or writer from it.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A reader for a type, with the strict settings. */
    public static ObjectReader reader(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    /** The writer of the house layout: 2-space indent, {@code \n}, {@code "key": value}. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** A value as the exact text written to disk, ending in one newline. */
    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                // Records are read through their canonical constructor and written from their fields, so
                // helper methods such as HeadlineDeck.isEmpty() or Story.characterCount() never become JSON.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.AUTO_DETECT_GETTERS)
                .disable(MapperFeature.AUTO_DETECT_SETTERS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .build();
        // Scalar coercion off (BUILD-FACTS.md: on by default, "80" → double): a value must have the JSON type
        // its property has. Natural matches (a whole number where a double is expected) are not coercions.
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.POJO, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Collection, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        return mapper;
    }

    private static void refuse(JsonMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        return new HousePrettyPrinter();
    }

    /**
     * Jackson's pretty printer with 2-space indent and {@code \n} on every platform, writing empty objects and
     * lists as {@code {}} and {@code []} (as JSON.stringify and Python do), not Jackson's {@code { }}.
     */
    private static final class HousePrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        HousePrettyPrinter() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        HousePrettyPrinter(HousePrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new HousePrettyPrinter(this);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries > 0) {
                super.writeEndObject(g, nrOfEntries);
            } else {
                _nesting--;
                g.writeRaw('}');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0) {
                super.writeEndArray(g, nrOfValues);
            } else {
                _nesting--;
                g.writeRaw(']');
            }
        }
    }
}
