package dev.broadsheet.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schema 1 → 2. Version 1 (the first prototype's files) wrote every length as a bare number of millimetres
 * ({@code "depth": 95.5}) and a story's stand-alone byline as one string ({@code "byline": "本报记者 张三 李四"}).
 * Version 2 writes lengths with their unit ({@code "95.5mm"}, so a size typed in points stays in points)
 * and the byline as a label and a list of names, so that names are structure, not text.
 */
final class MigrationV1ToV2 implements Migration {

    /** Every property that held a length in version 1. Only numbers are converted: in v1 "weight" and
     *  "size" also name a font weight and a page size object, which are not numbers. */
    private static final Set<String> LENGTH_PROPERTIES = Set.of("width", "height", "gutter", "bodySize",
            "linePitch", "top", "bottom", "inside", "outside", "depth", "textGutter", "panX", "panY", "weight",
            "size", "leading");

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public ObjectNode apply(ObjectNode issue) {
        convertLengths(issue);
        JsonNode stories = issue.get("stories");
        if (stories instanceof ArrayNode list) {
            for (JsonNode story : list) {
                if (story instanceof ObjectNode s && s.get("byline") != null && s.get("byline").isTextual()) {
                    s.set("byline", byline(s.get("byline").asText()));
                }
            }
        }
        return issue;
    }

    private static void convertLengths(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> toConvert = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (LENGTH_PROPERTIES.contains(field.getKey()) && field.getValue().isNumber()) {
                    toConvert.add(field.getKey());
                } else {
                    convertLengths(field.getValue());
                }
            }
            for (String key : toConvert) {
                BigDecimal mm = object.get(key).decimalValue().stripTrailingZeros();
                String number = mm.scale() < 0 ? mm.setScale(0).toPlainString() : mm.toPlainString();
                object.put(key, number + "mm");
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                convertLengths(element);
            }
        }
    }

    /**
     * "本报记者 张三 李四" → label 本报记者, names 张三, 李四: the first word is the label when more words follow
     * it (v1 bylines always started with one); a single word is a name without a label.
     */
    static ObjectNode byline(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("[\\s\\u3000]+")));
        words.removeIf(String::isEmpty);
        ObjectNode byline = JsonNodeFactory.instance.objectNode();
        String label = words.size() > 1 ? words.remove(0) : "";
        byline.put("label", label);
        ArrayNode names = byline.putArray("names");
        words.forEach(names::add);
        return byline;
    }
}
