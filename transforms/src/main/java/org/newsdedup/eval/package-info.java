/**
 * Measures the cleaner and the metadata extractor against a hand-made evaluation corpus: a
 * folder with {@code pages/NAME.txt} (scraped input), {@code gold/NAME.txt} (the article, one
 * paragraph per line) and {@code gold/NAME.json} (its metadata). Plain Java with no Beam in it:
 * the evaluations call {@link org.newsdedup.text.ArticleCleaner}, {@link
 * org.newsdedup.text.MetadataExtractor} and {@link org.newsdedup.text.LanguageIdentifier}
 * directly, the way the pipeline's transforms do. It also generates corpora: the labelled
 * grouping corpus ({@link org.newsdedup.eval.GroupingCorpusGenerator}) and pages of one site's
 * template ({@link org.newsdedup.eval.TemplatePages}).
 */
package org.newsdedup.eval;
