package org.newsdedup.text;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The regular expressions that classes hold in static fields, found by reflection so that the
 * pattern tests cannot forget a new one: fields holding a pattern, or collections, maps, arrays
 * and records that hold patterns.
 */
final class DeclaredPatterns {
  private DeclaredPatterns() {}

  static List<Pattern> of(List<Class<?>> classes) throws ReflectiveOperationException {
    List<Pattern> patterns = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && mayHoldPatterns(field.getType())) {
          field.setAccessible(true);
          collect(field.get(null), patterns);
        }
      }
    }
    return patterns;
  }

  /** Only fields that can hold patterns are read: reading others could load models. */
  private static boolean mayHoldPatterns(Class<?> type) {
    return type == Pattern.class || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type) || type.isArray() || type.isRecord();
  }

  private static void collect(Object value, List<Pattern> into) throws ReflectiveOperationException {
    if (value instanceof Pattern pattern) {
      into.add(pattern);
    } else if (value instanceof Iterable<?> items) {
      for (Object item : items) {
        collect(item, into);
      }
    } else if (value instanceof Map<?, ?> map) {
      collect(map.keySet(), into);
      collect(map.values(), into);
    } else if (value instanceof Object[] items) {
      collect(List.of(items), into);
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Object part = component.getAccessor().invoke(value);
        if (part instanceof Pattern || part instanceof Iterable<?>) {
          collect(part, into);
        }
      }
    }
  }
}
