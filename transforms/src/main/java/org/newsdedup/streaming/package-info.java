/**
 * The PTransforms of the streaming pipeline: articles arrive one by one and each is matched,
 * as it arrives, against the articles seen within a retention period, with the batch pipeline's
 * text logic (MinHash bands and {@link org.newsdedup.text.CopyJudge} for copies, hyperplane LSH,
 * cosine and {@link org.newsdedup.text.RewriteJudge} for stories).
 *
 * <p>State lives in three kinds of keys: an LSH bucket remembers who fell into it ({@link
 * org.newsdedup.model.Sighting}s, expired by event-time timers); an article's own key holds its
 * shingles or embedding while it can still be matched; each tier's key holds the groups (a
 * union-find whose groups keep the id they got first). {@link
 * org.newsdedup.streaming.SeparateLateDocuments} sends documents that arrive too far behind the
 * watermark to the dead letter instead.
 */
package org.newsdedup.streaming;
