package org.newsdedup.text;

import java.util.Collection;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.IndexEntry;

/**
 * The nodes of the graph that links tonight's groups to earlier nights' groups, as strings: a
 * tonight node is a group of tonight's run (or an article that stood alone tonight), an earlier
 * node is the group an earlier entry belongs to, with that entry's run date. Nodes of one tier
 * link only to nodes of that tier.
 *
 * <p>When tonight's groups and earlier groups are linked, the component takes the id of the
 * earliest night's group, and of the smallest id among that night's: {@link #carriedId}.
 * Earlier nodes sort by run date then id, which is that rule.
 */
public final class NightNodes {
  private static final String TONIGHT_GROUP = "|t|g|";
  private static final String TONIGHT_ARTICLE = "|t|s|";
  private static final String EARLIER = "|a|";
  private static final int DATE_LENGTH = "2024-01-30".length();

  private NightNodes() {}

  /** Tonight's node of an entry: its group of the tier, or the article alone. */
  public static String tonight(String tier, IndexEntry entry) {
    String group = entry.group(tier);
    return group != null ? tonightGroup(tier, group) : tier + TONIGHT_ARTICLE + entry.articleId;
  }

  /** Tonight's node of a group. */
  public static String tonightGroup(String tier, String groupId) {
    return tier + TONIGHT_GROUP + groupId;
  }

  /** The earlier group an earlier entry belongs to (or founds), dated by the entry's night. */
  public static String earlier(String tier, IndexEntry entry) {
    return tier + EARLIER + entry.runDate + "|" + entry.groupToJoin(tier);
  }

  public static String tier(String node) {
    return node.substring(0, node.indexOf('|'));
  }

  public static boolean isEarlier(String node) {
    return node.startsWith(EARLIER, node.indexOf('|'));
  }

  /** The article of a node for an article that stood alone tonight, else null. */
  public static @Nullable String loneArticle(String node) {
    int at = node.indexOf('|');
    return node.startsWith(TONIGHT_ARTICLE, at) ? node.substring(at + TONIGHT_ARTICLE.length()) : null;
  }

  /**
   * The id a component of linked nodes keeps: the group of its earliest earlier node, or null
   * when it has none.
   */
  public static @Nullable String carriedId(Collection<String> component) {
    String earliest = null;
    for (String node : component) {
      if (isEarlier(node) && (earliest == null || node.compareTo(earliest) < 0)) {
        earliest = node;
      }
    }
    if (earliest == null) {
      return null;
    }
    int dateStart = earliest.indexOf('|') + EARLIER.length();
    return earliest.substring(dateStart + DATE_LENGTH + 1);
  }
}
