package org.newsdedup.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the groups a run made against a grouping corpus's labels, per tier: pairwise precision,
 * recall and F1 and the adjusted Rand index ({@link ClusteringScores}), and per kind of document
 * (original, chrome copy, rewrite…) how many of its true partners it was grouped with and how
 * many of its grouped partners are true. A document in no predicted group of a tier (or absent
 * from the run's output, e.g. a dead letter) counts as alone in that tier.
 */
public final class GroupingEvaluation {
  /** One tier's scores, overall and by kind of document. */
  public record TierResult(String tier, ClusteringScores scores, Map<String, KindResult> byKind) {}

  /**
   * Documents of one kind: how many, the mean share of each one's true partners found with it
   * (over documents that have partners) and the mean share of its predicted partners that are
   * true (over documents that have predicted partners).
   */
  public record KindResult(int documents, double partnerRecall, double partnerPrecision) {}

  private GroupingEvaluation() {}

  /**
   * Scores one tier. {@code predictedGroup} maps a document name to its group of the tier, for
   * grouped documents only; {@code trueCluster} reads a label's cluster of the tier.
   */
  public static TierResult score(
      String tier,
      List<GroupingLabel> labels,
      Map<String, String> predictedGroup,
      Function<GroupingLabel, String> trueCluster) {
    Map<String, String> truth = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    for (GroupingLabel label : labels) {
      truth.put(label.document(), trueCluster.apply(label));
      // An ungrouped document is its own cluster; its name cannot clash with a group id.
      predicted.put(label.document(), predictedGroup.getOrDefault(label.document(), "alone:" + label.document()));
    }
    return new TierResult(tier, ClusteringScores.of(truth, predicted), byKind(labels, truth, predicted));
  }

  private static Map<String, KindResult> byKind(
      List<GroupingLabel> labels, Map<String, String> truth, Map<String, String> predicted) {
    Map<String, List<String>> trueMembers = membersOf(truth);
    Map<String, List<String>> predictedMembers = membersOf(predicted);
    Map<String, double[]> sums = new TreeMap<>();
    for (GroupingLabel label : labels) {
      String document = label.document();
      List<String> partners = trueMembers.get(truth.get(document));
      List<String> found = predictedMembers.get(predicted.get(document));
      long both = found.stream().filter(other -> truth.get(other).equals(truth.get(document))).count() - 1;
      double[] sum = sums.computeIfAbsent(label.kind(), k -> new double[5]);
      sum[0]++;
      if (partners.size() > 1) {
        sum[1] += (double) both / (partners.size() - 1);
        sum[2]++;
      }
      if (found.size() > 1) {
        sum[3] += (double) both / (found.size() - 1);
        sum[4]++;
      }
    }
    Map<String, KindResult> results = new TreeMap<>();
    sums.forEach(
        (kind, s) ->
            results.put(
                kind,
                new KindResult(
                    (int) s[0], s[2] == 0 ? Double.NaN : s[1] / s[2], s[4] == 0 ? Double.NaN : s[3] / s[4])));
    return results;
  }

  private static Map<String, List<String>> membersOf(Map<String, String> clusterOf) {
    Map<String, List<String>> members = new HashMap<>();
    clusterOf.forEach((document, cluster) -> members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(document));
    return members;
  }

  /** The printed report of several tiers. */
  public static String render(String corpus, int documents, List<TierResult> tiers) {
    StringBuilder out = new StringBuilder();
    out.append("Grouping evaluation of ").append(corpus).append(": ").append(documents)
        .append(" documents (docs/*.txt against labels.tsv)\n");
    out.append("Pairwise: a pair is positive when both documents are in one group; ARI: adjusted Rand index\n\n");
    out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %7s %7s %7s %7s%n",
        "tier", "true", "predicted", "correct", "P", "R", "F1", "ARI"));
    for (TierResult tier : tiers) {
      ClusteringScores s = tier.scores();
      out.append(String.format(Locale.ROOT, "%-10s %9d %9d %9d %7.4f %7.4f %7.4f %7.4f%n",
          tier.tier(), s.truePairs(), s.predictedPairs(), s.correctPairs(),
          s.precision(), s.recall(), s.f1(), s.adjustedRand()));
    }
    for (TierResult tier : tiers) {
      out.append("\n").append(tier.tier())
          .append(" tier by kind of document (partner recall: share of its true partners grouped with it;")
          .append(" partner precision: share of its grouped partners that are true)\n");
      out.append(String.format(Locale.ROOT, "%-14s %9s %15s %18s%n", "kind", "documents", "partner recall", "partner precision"));
      tier.byKind().forEach((kind, k) -> out.append(String.format(Locale.ROOT, "%-14s %9d %15s %18s%n",
          kind, k.documents(), figure(k.partnerRecall()), figure(k.partnerPrecision()))));
    }
    return out.toString();
  }

  private static String figure(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
  }
}
