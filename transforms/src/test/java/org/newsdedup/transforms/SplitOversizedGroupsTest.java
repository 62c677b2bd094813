package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsdedup.transforms.TestArticles.commonShingles;
import static org.newsdedup.transforms.TestArticles.text;
import static org.newsdedup.transforms.TestArticles.words;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.Shingles;

@ExtendWith(TestPipelineExtension.class)
class SplitOversizedGroupsTest {
  private static final CopyJudge JUDGE = new CopyJudge(0.5, 0.8);
  private static final String ARTICLE = text(words(7, 200));
  private static final String OTHER = text(words(8, 200));

  private static KV<String, Fingerprint> fingerprint(String id, String text, String date) {
    return KV.of(id, new Fingerprint(id, ContentHash.of(text), date, 200, Shingles.of(text, 5)));
  }

  @Test
  void anOversizedComponentKeepsOnlyCopiesOfItsCanonicalArticle(TestPipeline pipeline) {
    PCollection<KV<String, Fingerprint>> fingerprints =
        pipeline.apply(
            "Fingerprints",
            Create.of(
                fingerprint("a", ARTICLE, "2024-01-01"),
                fingerprint("b", ARTICLE, "2024-01-02"),
                fingerprint("c", OTHER, "2024-01-02"),
                fingerprint("d", OTHER, "2024-01-03"),
                fingerprint("x", ARTICLE, "2024-01-01"),
                fingerprint("y", OTHER, "2024-01-02"),
                fingerprint("lonely", OTHER, null)));
    // "big" is a chain that came out too large (4 > 3): a is canonical (earliest), b its exact
    // copy; c and d are another text, linked in only through some member in between.
    // "small" holds 2 texts as well, but at the limit it is left alone.
    PCollection<KV<String, String>> labels =
        pipeline.apply(
            "Labels",
            Create.of(
                KV.of("a", "big"), KV.of("b", "big"), KV.of("c", "big"), KV.of("d", "big"),
                KV.of("x", "small"), KV.of("y", "small"), KV.of("lonely", "small")));

    PCollection<KV<String, String>> split =
        labels.apply(
            SplitOversizedGroups.of(
                fingerprints, JUDGE, commonShingles(pipeline, CommonShingles.NONE), 3));

    PAssert.that(split)
        .containsInAnyOrder(
            KV.of("a", "big"), KV.of("b", "big"),
            KV.of("x", "small"), KV.of("y", "small"), KV.of("lonely", "small"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aLimitBelowTwoIsRefused(TestPipeline pipeline) {
    PCollection<KV<String, Fingerprint>> none =
        pipeline.apply(Create.empty(
            org.apache.beam.sdk.coders.KvCoder.of(
                org.apache.beam.sdk.coders.StringUtf8Coder.of(), Fingerprint.FingerprintCoder.of())));
    PCollectionView<CommonShingles> common = commonShingles(pipeline, CommonShingles.NONE);
    assertThrows(
        IllegalArgumentException.class, () -> SplitOversizedGroups.of(none, JUDGE, common, 1));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theCanonicalArticleIsChosenWhateverTheOrder() {
    SplitOversizedGroups.CanonicalFn pick = new SplitOversizedGroups.CanonicalFn();
    Fingerprint early = fingerprint("z", ARTICLE, "2024-01-01").getValue();
    Fingerprint late = fingerprint("a", ARTICLE, "2024-01-05").getValue();
    org.junit.jupiter.api.Assertions.assertEquals(List.of("z", "z"),
        List.of(pick.apply(early, late).id, pick.apply(late, early).id));
  }
}
