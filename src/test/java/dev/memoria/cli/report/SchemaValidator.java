package dev.memoria.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON value against the parts of JSON Schema that {@code check-report.schema.json}
 * uses: type, const, enum, required, properties, items, minimum and pattern. Any other keyword in
 * the schema fails the check, so the schema cannot outgrow it.
 */
final class SchemaValidator {

  private static final List<String> KNOWN =
      List.of(
          "$schema",
          "title",
          "description",
          "type",
          "const",
          "enum",
          "required",
          "properties",
          "items",
          "minimum",
          "pattern");

  private final List<String> problems = new ArrayList<>();

  private SchemaValidator() {}

  /** Every way {@code value} breaks {@code schema}; empty when it conforms. */
  static List<String> problems(Map<String, Object> schema, Object value) {
    SchemaValidator validator = new SchemaValidator();
    validator.check(schema, value, "$");
    return validator.problems;
  }

  private void check(Map<String, Object> schema, Object value, String where) {
    for (String keyword : schema.keySet()) {
      if (!KNOWN.contains(keyword)) {
        problems.add(where + ": the schema uses " + keyword + ", which this validator ignores");
      }
    }
    if (schema.containsKey("type")) {
      Object type = schema.get("type");
      List<Object> types = type instanceof String ? List.of(type) : StrictJson.array(type);
      if (types.stream().noneMatch(t -> hasType(value, (String) t))) {
        problems.add(where + ": " + value + " is not of type " + types);
        return;
      }
    }
    if (schema.containsKey("const") && !schema.get("const").equals(value)) {
      problems.add(where + ": " + value + " is not " + schema.get("const"));
    }
    if (schema.containsKey("enum") && !StrictJson.array(schema.get("enum")).contains(value)) {
      problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (schema.containsKey("minimum")
        && value instanceof Long number
        && number < (Long) schema.get("minimum")) {
      problems.add(where + ": " + value + " is below " + schema.get("minimum"));
    }
    if (schema.containsKey("pattern")
        && value instanceof String text
        && !text.matches((String) schema.get("pattern"))) {
      problems.add(where + ": \"" + text + "\" does not match " + schema.get("pattern"));
    }
    if (value instanceof Map<?, ?>) {
      Map<String, Object> object = StrictJson.object(value);
      if (schema.containsKey("required")) {
        for (Object key : StrictJson.array(schema.get("required"))) {
          if (!object.containsKey((String) key)) {
            problems.add(where + ": missing required " + key);
          }
        }
      }
      if (schema.containsKey("properties")) {
        StrictJson.object(schema.get("properties"))
            .forEach(
                (key, property) -> {
                  if (object.containsKey(key)) {
                    check(StrictJson.object(property), object.get(key), where + "." + key);
                  }
                });
      }
    }
    if (value instanceof List<?> list && schema.containsKey("items")) {
      for (int i = 0; i < list.size(); i++) {
        check(StrictJson.object(schema.get("items")), list.get(i), where + "[" + i + "]");
      }
    }
  }

  private static boolean hasType(Object value, String type) {
    return switch (type) {
      case "object" -> value instanceof Map<?, ?>;
      case "array" -> value instanceof List<?>;
      case "string" -> value instanceof String;
      case "integer" -> value instanceof Long;
      case "number" -> value instanceof Long || value instanceof Double;
      case "boolean" -> value instanceof Boolean;
      case "null" -> value == null;
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }
}
