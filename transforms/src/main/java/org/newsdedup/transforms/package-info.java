/**
 * The PTransforms of the pipeline, one public composite per file, each named for what it does:
 * {@link org.newsdedup.transforms.MatchFiles}, {@link org.newsdedup.transforms.ReadArticles}, {@link org.newsdedup.transforms.CleanArticles},
 * {@link org.newsdedup.transforms.ExtractMetadata},
 * {@link org.newsdedup.transforms.GroupNearDuplicates},
 * {@link org.newsdedup.transforms.GroupSameStory}, {@link org.newsdedup.transforms.AttachGroups}.
 * They adapt the text classes of {@code org.newsdedup.text} to Beam and hold no text logic of
 * their own.
 */
package org.newsdedup.transforms;
