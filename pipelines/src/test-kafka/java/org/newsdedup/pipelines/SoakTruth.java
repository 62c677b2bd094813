package org.newsdedup.pipelines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the duplicate tier must make of the soak feed, from the plan and the append times. */
final class SoakTruth {
  private SoakTruth() {}

  /**
   * The articles that must be assigned, each mapped to the name of its linked set: the members of
   * a family (an original and its copies) linked when their append times are at most a retention
   * apart, and the sets of two or more so linked. The name is the set's first member.
   */
  static Map<String, String> linkedFamilies(
      List<SoakFeed.Planned> plan, Map<String, Long> appended, long retentionMillis) {
    Map<String, List<String>> families = new LinkedHashMap<>();
    for (SoakFeed.Planned planned : plan) {
      families.computeIfAbsent(planned.family(), f -> new ArrayList<>()).add(planned.id());
    }
    Map<String, String> linked = new HashMap<>();
    for (List<String> members : families.values()) {
      List<List<String>> sets = new ArrayList<>();
      for (String member : members) {
        List<String> joined = new ArrayList<>(List.of(member));
        for (int s = sets.size() - 1; s >= 0; s--) {
          if (sets.get(s).stream().anyMatch(m -> withinRetention(m, member, appended, retentionMillis))) {
            joined.addAll(sets.remove(s));
          }
        }
        sets.add(joined);
      }
      for (List<String> set : sets) {
        if (set.size() > 1) {
          String name = set.stream().sorted().findFirst().orElseThrow();
          set.forEach(m -> linked.put(m, name));
        }
      }
    }
    return linked;
  }

  private static boolean withinRetention(
      String a, String b, Map<String, Long> appended, long retentionMillis) {
    return Math.abs(appended.get(a) - appended.get(b)) <= retentionMillis;
  }
}
