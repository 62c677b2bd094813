package org.newsdedup.eval;

import java.util.Random;

/**
 * Pages of one made-up local paper, for testing that a site's template does not make its
 * different articles copies of each other: around each article, a menu, a "Most read" list, two
 * paragraphs about the paper (about 110 words of prose, which the cleaner rightly keeps and which
 * outweighs many of the articles) and a copyright line. The articles are six to nine sentences
 * drawn from a small phrase book with a number in each, so two of them share many short phrases
 * but are not copies. Everything comes from the {@link Random} the caller passes.
 */
public final class TemplatePages {
  private static final String[] SUBJECTS = {
    "The council", "A spokesman for the port", "The mayor", "Local farmers", "The school board",
    "Two fishermen", "The regional court", "A group of residents", "The ferry company",
    "Engineers from the university", "The harbour master", "Volunteers", "The police",
    "The museum director", "Shop owners in the old town", "The health authority"
  };
  private static final String[] VERBS = {
    "said on Monday that", "announced that", "warned on Tuesday that", "confirmed that",
    "told reporters that", "argued at the meeting that", "wrote in a letter that",
    "explained on Friday that", "admitted that", "promised that"
  };
  private static final String[] CLAIMS = {
    "the new road would open in {n} weeks", "the price of fish had risen by {n} percent",
    "{n} families had asked for help with heating", "the bridge needed repairs costing {n} thousand euros",
    "the festival would bring about {n} visitors to the island", "the storm had damaged {n} boats",
    "the school would hire {n} more teachers in the autumn", "the museum had found {n} old coins",
    "the river had risen {n} centimetres in one night", "the bus service would stop at {n} villages",
    "{n} trees would be planted along the harbour", "the court had heard {n} witnesses so far"
  };

  /** The paper's two paragraphs about itself, the same on every page. */
  public static final String ABOUT =
      "The Varholm Gazette has reported the news of the islands since 1921, when two"
          + " teachers and a fisherman printed the first edition on a borrowed press in the back"
          + " room of the harbour office. It is owned by a trust of its readers, which appoints"
          + " the editor and keeps the paper independent of any party or company.\n"
          + "Our forty journalists work in four offices across the region and write about"
          + " politics, business, culture and sport for the print edition and for this website,"
          + " which is read by more than a hundred thousand people every week. Letters and tips"
          + " from readers are welcome at any of our offices.\n";

  private TemplatePages() {}

  /** The page of article number {@code index}: the article inside the paper's template. */
  public static String page(Random random, int index) {
    return "Home | News | Sport | Business | Culture | Weather\nSubscribe to our newsletter\n\n"
        + article(random, index)
        + "\nMost read\nFerry timetable cut to four crossings\nLibrary reopens after a year\n"
        + "Bridge to become a footpath\n\nAbout the Varholm Gazette\n"
        + ABOUT
        + "© 2024 Varholm Gazette. All rights reserved.\n";
  }

  /**
   * Article number {@code index}: a headline naming the number, then six to nine made-up
   * sentences in paragraphs of three.
   */
  public static String article(Random random, int index) {
    StringBuilder text = new StringBuilder("Island news, number " + (index + 1) + "\n\n");
    int sentences = 6 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      String claim =
          CLAIMS[random.nextInt(CLAIMS.length)]
              .replace("{n}", Integer.toString(2 + random.nextInt(900)));
      text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
          .append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(claim).append(". ");
      if (s % 3 == 2) {
        text.append('\n');
      }
    }
    return text.append('\n').toString();
  }
}
