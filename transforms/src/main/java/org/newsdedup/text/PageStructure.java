package org.newsdedup.text;

/**
 * What an HTML page's markup says about one block of its text, for the cleaner to weigh with the
 * words: the share of the text inside links, whether the block sits in page furniture ({@code
 * <nav>}, {@code <footer>}, {@code <aside>}, a form, or an element whose class names it a menu,
 * share bar, comment list and the like), whether it is inside the page's {@code <article>} or
 * {@code <main>}, and whether it is a heading. Plain text has none of this: {@link #NONE}.
 */
record PageStructure(
    double linkDensity, boolean inFurniture, boolean inArticle, boolean heading,
    boolean pageHasArticle) {
  static final PageStructure NONE = new PageStructure(0, false, false, false, false);

  /** Whether the page marked up where its article is, and this block lies outside it. */
  boolean outsideMarkedArticle() {
    return pageHasArticle && !inArticle;
  }
}
