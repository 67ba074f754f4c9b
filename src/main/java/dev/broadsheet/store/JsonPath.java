package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place in a JSON document written the way people read it, {@code $.pages[0].frames[2].columnSpan}: a
 * list of property names and array indexes.
 */
public record JsonPath(List<Object> segments) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    public static final JsonPath ROOT = new JsonPath(List.of());

    public JsonPath {
        segments = List.copyOf(segments);
    }

    public JsonPath property(String name) {
        List<Object> s = new ArrayList<>(segments);
        s.add(name);
        return new JsonPath(s);
    }

    public JsonPath index(int i) {
        List<Object> s = new ArrayList<>(segments);
        s.add(i);
        return new JsonPath(s);
    }

    public JsonPath parent() {
        return segments.isEmpty() ? this : new JsonPath(segments.subList(0, segments.size() - 1));
    }

    /** The last property name, or null when the path ends in an index or is the root. */
    public String lastProperty() {
        return segments.isEmpty() || !(segments.get(segments.size() - 1) instanceof String s) ? null : s;
    }

    /** The path of a Jackson binding error. */
    public static JsonPath of(JsonMappingException e) {
        List<Object> s = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                s.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.add(ref.getIndex());
            }
        }
        return new JsonPath(s);
    }

    /** The path of the value a streaming parser is at (for a field name: the property it names). */
    public static JsonPath of(JsonStreamContext context) {
        List<Object> s = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    s.add(0, c.getCurrentName());
                }
            } else if (c.inArray()) {
                if (c.getCurrentIndex() >= 0 && c.hasCurrentIndex()) {
                    s.add(0, c.getCurrentIndex());
                }
            }
        }
        return new JsonPath(s);
    }

    /** The node at this path in a tree, or a missing node. */
    public JsonNode find(JsonNode root) {
        JsonNode node = root;
        for (Object segment : segments) {
            if (node == null) {
                return MissingNode.getInstance();
            }
            node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("$");
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else if (IDENTIFIER.matcher((String) segment).matches()) {
                b.append('.').append(segment);
            } else {
                b.append("['").append(((String) segment).replace("'", "\\'")).append("']");
            }
        }
        return b.toString();
    }
}
