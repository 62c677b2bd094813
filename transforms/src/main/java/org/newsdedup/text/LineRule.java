package org.newsdedup.text;

/**
 * One cleaning rule: looks at a document's lines and claims those it recognises, with its reason.
 * Like a token filter, each rule does one job; {@link ArticleCleaner} chains them.
 */
interface LineRule {
  void apply(DocumentLines doc);
}
