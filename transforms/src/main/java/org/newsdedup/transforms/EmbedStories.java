package org.newsdedup.transforms;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.Article;
import org.newsdedup.model.PassageVectors;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.Passages;

/**
 * Embeds each article's lead for the story tier (see {@link GroupSameStory}): its {@link
 * StoryVector} under {@link #VECTORS} and its passages' vectors under {@link #PASSAGES}, both
 * keyed by article id. Run on its own when the vectors are needed beside the story groups (the
 * nightly index keeps them), so the model embeds each article once.
 */
public final class EmbedStories extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<KV<String, StoryVector>> VECTORS = StoryFns.VECTORS;
  public static final TupleTag<KV<String, PassageVectors>> PASSAGES = StoryFns.PASSAGES;

  private final int embeddedWords;

  private EmbedStories(int embeddedWords) {
    this.embeddedWords = embeddedWords;
  }

  public static EmbedStories create() {
    return new EmbedStories(Passages.DEFAULT_MAX_WORDS);
  }

  /** How many words of each article are embedded, from its top; 0 embeds all of it. */
  public EmbedStories withEmbeddedWords(int words) {
    if (words < 0) {
      throw new IllegalArgumentException("embeddedWords must be at least 0, got " + words);
    }
    return new EmbedStories(words);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "Embed",
        ParDo.of(new StoryFns.EmbedFn(embeddedWords))
            .withOutputTags(VECTORS, TupleTagList.of(PASSAGES)));
  }
}
