package org.newsdedup.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code summary.json} from named counts. A count's name is a path: {@code inputs},
 * {@code deadLettersByReason/empty}, {@code groupSizes/duplicate/2}; each {@code /} opens a
 * nested object. Keys come out sorted, so equal counts give equal bytes.
 */
public final class RunSummary {
  private RunSummary() {}

  public static ObjectNode fromCounts(Map<String, Long> counts) {
    ObjectNode root = Json.object();
    for (Map.Entry<String, Long> count : new TreeMap<>(counts).entrySet()) {
      String[] path = count.getKey().split("/");
      ObjectNode parent = root;
      for (int i = 0; i < path.length - 1; i++) {
        parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
      }
      parent.put(path[path.length - 1], count.getValue());
    }
    return root;
  }

  public static String toJson(Map<String, Long> counts) {
    return Json.write(fromCounts(counts));
  }
}
