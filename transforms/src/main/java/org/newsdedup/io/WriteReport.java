package org.newsdedup.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.ReportedArticle;
import org.newsdedup.model.ReportedGroup;

/**
 * Writes {@code report.html} ({@link ReportPage}) for a run: takes the {@link WriteResults#ARTICLES}
 * and {@link WriteResults#GROUPS} of a tuple and the run's named counts. Only the largest groups
 * of each tier and a few members of each are shown, so only those articles' texts are gathered:
 * the page costs the same whatever the size of the run.
 */
public final class WriteReport extends PTransform<PCollectionTuple, PDone> {
  public static final String REPORT_FILE = "report.html";
  /** Groups shown per tier. */
  static final int GROUPS_SHOWN = 5;
  /** Members shown per group, the canonical article included. */
  static final int MEMBERS_SHOWN = 6;

  private final String directory;
  private final PCollectionView<SortedMap<String, Long>> counts;

  private WriteReport(String directory, PCollectionView<SortedMap<String, Long>> counts) {
    this.directory = directory;
    this.counts = counts;
  }

  /** Writes into {@code directory} (ending in {@code /}), with the counts the summary holds. */
  public static WriteReport to(String directory, PCollectionView<SortedMap<String, Long>> counts) {
    return new WriteReport(directory, counts);
  }

  @Override
  public PDone expand(PCollectionTuple results) {
    PCollection<KV<String, DocumentGroup>> shown =
        results
            .get(WriteResults.GROUPS)
            .apply("KeyByTier", WithKeys.of((DocumentGroup g) -> g.tier).withKeyType(TypeDescriptors.strings()))
            .apply("LargestPerTier", Top.perKey(GROUPS_SHOWN, new BySize()))
            .apply("EachShownGroup", ParDo.of(new EachGroupFn()));
    PCollectionView<Map<String, Iterable<String>>> groupsOfMember =
        shown
            .apply("MembersShown", ParDo.of(new MembersShownFn()))
            .apply("MembersShownView", View.asMultimap());
    PCollection<KV<String, Article>> shownArticles =
        results
            .get(WriteResults.ARTICLES)
            .apply(
                "PickShownArticles",
                ParDo.of(new PickArticlesFn(groupsOfMember)).withSideInputs(groupsOfMember));
    KeyedPCollectionTuple.of(EachGroupFn.GROUP, shown)
        .and(PickArticlesFn.ARTICLE, shownArticles)
        .apply("JoinShownArticles", CoGroupByKey.create())
        .apply("AssembleGroups", ParDo.of(new AssembleGroupFn()))
        .apply("AllShownGroups", Combine.globally(new GatherFn()))
        .apply("RenderPage", ParDo.of(new RenderFn(counts)).withSideInputs(counts))
        .apply("WriteReportFile", TextIO.write().to(directory + REPORT_FILE).withoutSharding());
    return PDone.in(results.getPipeline());
  }

  /** Larger groups first; among equal sizes the smaller group id, so the choice is repeatable. */
  static final class BySize implements Comparator<DocumentGroup>, Serializable {
    @Override
    public int compare(DocumentGroup a, DocumentGroup b) {
      int bySize = Integer.compare(a.members.size(), b.members.size());
      return bySize != 0 ? bySize : b.groupId.compareTo(a.groupId);
    }
  }

  static String key(DocumentGroup group) {
    return group.tier + "/" + group.groupId;
  }

  /** Keys each chosen group by tier and id. */
  static final class EachGroupFn extends DoFn<KV<String, List<DocumentGroup>>, KV<String, DocumentGroup>> {
    static final TupleTag<DocumentGroup> GROUP = new TupleTag<>() {};

    @ProcessElement
    public void process(@Element KV<String, List<DocumentGroup>> largest, OutputReceiver<KV<String, DocumentGroup>> out) {
      for (DocumentGroup group : largest.getValue()) {
        out.output(KV.of(key(group), group));
      }
    }
  }

  /** The members each chosen group shows: its canonical article and its most similar others. */
  static final class MembersShownFn extends DoFn<KV<String, DocumentGroup>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, DocumentGroup> group, OutputReceiver<KV<String, String>> out) {
      for (GroupMember member : shownMembers(group.getValue())) {
        out.output(KV.of(member.id, group.getKey()));
      }
    }
  }

  static List<GroupMember> shownMembers(DocumentGroup group) {
    List<GroupMember> members = new ArrayList<>(group.members);
    members.sort(
        Comparator.comparing((GroupMember m) -> !m.id.equals(group.canonicalId))
            .thenComparing(m -> -m.similarity)
            .thenComparing(m -> m.id));
    return members.subList(0, Math.min(MEMBERS_SHOWN, members.size()));
  }

  /** Passes on the articles some shown group shows, keyed by that group. */
  static final class PickArticlesFn extends DoFn<Article, KV<String, Article>> {
    static final TupleTag<Article> ARTICLE = new TupleTag<>() {};
    private final PCollectionView<Map<String, Iterable<String>>> groupsOfMember;

    PickArticlesFn(PCollectionView<Map<String, Iterable<String>>> groupsOfMember) {
      this.groupsOfMember = groupsOfMember;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, Article>> out, ProcessContext context) {
      Iterable<String> groups = context.sideInput(groupsOfMember).get(article.id);
      if (groups != null) {
        for (String group : groups) {
          out.output(KV.of(group, article));
        }
      }
    }
  }

  /** One shown group with its shown members' texts, canonical article first. */
  static final class AssembleGroupFn extends DoFn<KV<String, CoGbkResult>, ReportedGroup> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<ReportedGroup> out) {
      DocumentGroup group = joined.getValue().getOnly(EachGroupFn.GROUP);
      Map<String, Article> articles = new HashMap<>();
      for (Article article : joined.getValue().getAll(PickArticlesFn.ARTICLE)) {
        articles.put(article.id, article);
      }
      List<ReportedArticle> members = new ArrayList<>();
      for (GroupMember member : shownMembers(group)) {
        Article article = articles.get(member.id);
        if (article != null) {
          members.add(ReportedArticle.of(article, member));
        }
      }
      out.output(new ReportedGroup(group.groupId, group.tier, group.members.size(), members));
    }
  }

  /** Gathers the few shown groups into one list for the page. */
  static final class GatherFn extends Combine.CombineFn<ReportedGroup, List<ReportedGroup>, List<ReportedGroup>> {
    @Override
    public List<ReportedGroup> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<ReportedGroup> addInput(List<ReportedGroup> groups, ReportedGroup group) {
      groups.add(group);
      return groups;
    }

    @Override
    public List<ReportedGroup> mergeAccumulators(Iterable<List<ReportedGroup>> parts) {
      List<ReportedGroup> merged = new ArrayList<>();
      parts.forEach(merged::addAll);
      return merged;
    }

    @Override
    public List<ReportedGroup> extractOutput(List<ReportedGroup> groups) {
      return groups;
    }

    @Override
    public Coder<List<ReportedGroup>> getAccumulatorCoder(CoderRegistry registry, Coder<ReportedGroup> inputCoder) {
      return ListCoder.of(inputCoder);
    }

    @Override
    public Coder<List<ReportedGroup>> getDefaultOutputCoder(CoderRegistry registry, Coder<ReportedGroup> inputCoder) {
      return ListCoder.of(inputCoder);
    }
  }

  /** Renders the page from the shown groups and the run's counts. */
  static final class RenderFn extends DoFn<List<ReportedGroup>, String> {
    private final PCollectionView<SortedMap<String, Long>> counts;

    RenderFn(PCollectionView<SortedMap<String, Long>> counts) {
      this.counts = counts;
    }

    @ProcessElement
    public void process(@Element List<ReportedGroup> groups, OutputReceiver<String> out, ProcessContext context) {
      out.output(ReportPage.render(context.sideInput(counts), groups));
    }
  }
}
