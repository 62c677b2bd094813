package org.newsdedup.transforms;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.EarlierMember;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.BridgedGroups;
import org.newsdedup.text.CrossNightJudge;

/**
 * Monday's index against Tuesday's articles, duplicate tier (the story tier joins the same way
 * on vectors; the nightly end-to-end test runs it with the model).
 */
@ExtendWith(TestPipelineExtension.class)
class JoinEarlierGroupsTest {
  private static final String MONDAY = "2024-01-29";
  private static final String TUESDAY = "2024-01-30";
  private static final CrossNightJudge JUDGE = new CrossNightJudge(0.5, 0.8, 0.75, 3);

  private static final List<String> STORY = TestArticles.words(1, 200);
  private static final List<String> OTHER = TestArticles.words(3, 200);
  /** Monday: a group of an article and its edited copy, and an article that stood alone. */
  private static final Article MONDAY_STORY = TestArticles.article("mon/story.txt", TestArticles.text(STORY), MONDAY);
  private static final Article MONDAY_EDIT =
      TestArticles.article("mon/edit.txt", IndexSketches.edited(STORY, 10, 90), MONDAY);
  private static final Article MONDAY_OTHER = TestArticles.article("mon/other.txt", TestArticles.text(OTHER), MONDAY);
  private static final List<IndexEntry> MONDAY_INDEX =
      List.of(
          IndexSketches.entry(MONDAY_STORY, MONDAY, "duplicate-monday"),
          IndexSketches.entry(MONDAY_EDIT, MONDAY, "duplicate-monday"),
          IndexSketches.entry(MONDAY_OTHER, MONDAY, null));

  @Test
  void tuesdaysCopiesContinueMondaysGroupsAndKeepTheirIds(TestPipeline pipeline) {
    // Tuesday: a copy of Monday's story alone; a group of two edited copies of Monday's lone
    // article; an unrelated article.
    Article copy = TestArticles.article("tue/copy.txt", TestArticles.text(STORY), TUESDAY);
    Article otherEdit = TestArticles.article("tue/other-a.txt", IndexSketches.edited(OTHER, 5, 150), TUESDAY);
    Article otherEditCopy = TestArticles.article("tue/other-b.txt", otherEdit.text, TUESDAY);
    Article unrelated =
        TestArticles.article("tue/new.txt", TestArticles.text(TestArticles.words(9, 200)), TUESDAY);
    DocumentGroup tuesdayGroup =
        new DocumentGroup(
            "duplicate-tuesday", DocumentGroup.TIER_DUPLICATE, otherEdit.id,
            List.of(
                new GroupMember(otherEdit.id, 1.0, 1.0, "canonical"),
                new GroupMember(otherEditCopy.id, 1.0, 1.0, "exact")));
    String founded = DocumentGroup.idFor(DocumentGroup.TIER_DUPLICATE, MONDAY_OTHER.contentHash);

    PCollectionTuple joined =
        join(
            pipeline,
            List.of(
                IndexSketches.entry(copy, TUESDAY, null),
                IndexSketches.entry(otherEdit, TUESDAY, "duplicate-tuesday"),
                IndexSketches.entry(otherEditCopy, TUESDAY, "duplicate-tuesday"),
                IndexSketches.entry(unrelated, TUESDAY, null)),
            List.of(tuesdayGroup));

    PAssert.that(joined.get(JoinEarlierGroups.GROUPS))
        .containsInAnyOrder(
            new DocumentGroup(
                "duplicate-monday", DocumentGroup.TIER_DUPLICATE, copy.id,
                List.of(new GroupMember(copy.id, 1.0, 1.0, "canonical")),
                List.of(
                    new EarlierMember(MONDAY_EDIT.id, MONDAY), new EarlierMember(MONDAY_STORY.id, MONDAY))),
            new DocumentGroup(
                founded, DocumentGroup.TIER_DUPLICATE, otherEdit.id, tuesdayGroup.members,
                List.of(new EarlierMember(MONDAY_OTHER.id, MONDAY))));
    PAssert.that(joined.get(JoinEarlierGroups.ENTRIES))
        .containsInAnyOrder(
            IndexSketches.entry(copy, TUESDAY, "duplicate-monday"),
            IndexSketches.entry(otherEdit, TUESDAY, founded),
            IndexSketches.entry(otherEditCopy, TUESDAY, founded),
            IndexSketches.entry(unrelated, TUESDAY, null));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void twoTuesdayGroupsOfOneMondayGroupBecomeOne(TestPipeline pipeline) {
    Article copy = TestArticles.article("tue/copy.txt", TestArticles.text(STORY), TUESDAY);
    Article editA = TestArticles.article("tue/edit-a.txt", IndexSketches.edited(STORY, 20, 120), TUESDAY);
    Article editB = TestArticles.article("tue/edit-b.txt", editA.text, TUESDAY);
    DocumentGroup edits =
        new DocumentGroup(
            "duplicate-edits", DocumentGroup.TIER_DUPLICATE, editA.id,
            List.of(
                new GroupMember(editA.id, 1.0, 1.0, "canonical"),
                new GroupMember(editB.id, 1.0, 1.0, "exact")));

    PCollectionTuple joined =
        join(
            pipeline,
            List.of(
                IndexSketches.entry(copy, TUESDAY, null),
                IndexSketches.entry(editA, TUESDAY, "duplicate-edits"),
                IndexSketches.entry(editB, TUESDAY, "duplicate-edits")),
            List.of(edits));

    PAssert.that(joined.get(JoinEarlierGroups.GROUPS))
        .containsInAnyOrder(
            new DocumentGroup(
                "duplicate-monday", DocumentGroup.TIER_DUPLICATE, editA.id,
                List.of(
                    new GroupMember(copy.id, 0.0, 0.0, BridgedGroups.VIA_EARLIER_NIGHT),
                    new GroupMember(editA.id, 1.0, 1.0, "canonical"),
                    new GroupMember(editB.id, 1.0, 1.0, "exact")),
                List.of(
                    new EarlierMember(MONDAY_EDIT.id, MONDAY), new EarlierMember(MONDAY_STORY.id, MONDAY))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void withNoEarlierEntriesTonightsGroupsStayAsTheyAre(TestPipeline pipeline) {
    Article copy = TestArticles.article("tue/copy.txt", TestArticles.text(STORY), TUESDAY);
    Article again = TestArticles.article("tue/again.txt", TestArticles.text(STORY), TUESDAY);
    DocumentGroup tonight =
        new DocumentGroup(
            "duplicate-tonight", DocumentGroup.TIER_DUPLICATE, again.id,
            List.of(
                new GroupMember(again.id, 1.0, 1.0, "canonical"),
                new GroupMember(copy.id, 1.0, 1.0, "exact")));
    PCollection<IndexEntry> none =
        pipeline.apply("NoEarlierEntries", Create.empty(IndexEntry.IndexEntryCoder.of()));

    PCollectionTuple joined =
        pipeline
            .apply(
                "Tonight",
                Create.of(
                    List.of(
                        IndexSketches.entry(copy, TUESDAY, "duplicate-tonight"),
                        IndexSketches.entry(again, TUESDAY, "duplicate-tonight"))))
            .apply(
                JoinEarlierGroups.of(
                    none, pipeline.apply("TonightGroups", Create.of(List.of(tonight))), JUDGE, false));

    PAssert.that(joined.get(JoinEarlierGroups.GROUPS)).containsInAnyOrder(tonight);
    pipeline.run().waitUntilFinish();
  }

  private static PCollectionTuple join(
      TestPipeline pipeline, List<IndexEntry> tonight, List<DocumentGroup> tonightGroups) {
    PCollection<IndexEntry> earlier = pipeline.apply("MondayIndex", Create.of(MONDAY_INDEX));
    return pipeline
        .apply("TuesdayEntries", Create.of(tonight))
        .apply(
            JoinEarlierGroups.of(
                earlier, pipeline.apply("TuesdayGroups", Create.of(tonightGroups)), JUDGE, false));
  }
}
