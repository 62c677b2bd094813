package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into the blocks the cleaner judges: one block per paragraph-level element
 * (or run of text between {@code <br>}s), each with what its markup says ({@link
 * PageStructure}) and the source line it starts on. Scripts, styles and embedded frames are
 * dropped unread; picture captions ({@code <figcaption>}) and images' alt text become removed
 * lines with their reasons, and breadcrumb trails are marked as such for metadata. The page is
 * parsed in memory only: jsoup fetches nothing that the page refers to.
 */
final class HtmlPage {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1",
          "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
          "figure", "figcaption", "table", "tr", "td", "th", "pre", "address", "form", "body",
          "details", "summary", "hr", "br", "fieldset", "legend", "caption", "menu", "button");
  private static final Set<String> UNREAD =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
          "select", "option", "head", "canvas", "video", "audio", "input", "textarea");
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "footer", "aside", "form", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "contentinfo", "complementary", "banner", "search", "dialog");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** Class and id words that name page furniture on most sites. */
  private static final Pattern FURNITURE_NAME =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|share|sharing|social|related|recommended"
              + "|promo|newsletter|signup|subscribe|subscription|cookies?|consent|gdpr|comments?"
              + "|sidebar|widget|advert|advertisement|ads?|sponsored|footer|masthead|trending"
              + "|popular|most-read|mostread|tags|outbrain|taboola|paywall|modal|popup|toolbar"
              + "|skip-link)(?:$|[\\s_-])");
  private static final Pattern BREADCRUMB_NAME = Pattern.compile("(?i)breadcrumb");
  private static final Pattern CAPTION_NAME =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:caption|credit)");
  private static final Pattern ARTICLE_NAME =
      Pattern.compile("(?i)(?:article|story|entry|post)[_-]?(?:body|content|text)|articlebody");

  private HtmlPage() {}

  /** The page's blocks, ready for the cleaner's rules. */
  static DocumentLines blocksOf(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    boolean pageHasArticle =
        !page.select("article, main, [itemprop=articleBody]").isEmpty()
            || page.getAllElements().stream().anyMatch(HtmlPage::namesArticle);
    Collector collector = new Collector(pageHasArticle);
    NodeTraversor.traverse(collector, page.body() != null ? page.body() : page);
    collector.flush();
    return collector.toDocumentLines();
  }

  private static boolean namesArticle(Element element) {
    return ARTICLE_NAME.matcher(element.className() + " " + element.id()).find();
  }

  /** Walks the page, cutting its text into blocks at every paragraph-level element. */
  private static final class Collector implements NodeVisitor {
    private final boolean pageHasArticle;
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    private final List<PageStructure> structures = new ArrayList<>();
    private final List<String> presetReasons = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int firstLine = -1;
    private Element owner;
    private int skipDepth;

    Collector(boolean pageHasArticle) {
      this.pageHasArticle = pageHasArticle;
    }

    @Override
    public void head(Node node, int depth) {
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (UNREAD.contains(tag) || element.hasAttr("hidden")
            || "true".equals(element.attr("aria-hidden"))) {
          skipDepth = 1;
          return;
        }
        if (BLOCKS.contains(tag)) {
          flush();
          owner = element;
        }
        if (tag.equals("img") && !element.attr("alt").isBlank()) {
          flush();
          add(element.attr("alt"), lineOf(element), structureOf(element, 0, 1),
              CaptionAltTextRule.REASON);
        }
      } else if (node instanceof TextNode textNode) {
        String value = textNode.getWholeText();
        if (!value.isBlank()) {
          if (firstLine < 0) {
            firstLine = lineOf(textNode);
          }
          if (owner == null) {
            owner = textNode.parent();
          }
          text.append(value);
          if (insideLink(textNode)) {
            linkChars += value.strip().length();
          }
        } else if (text.length() > 0) {
          text.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        flush();
      }
    }

    void flush() {
      String line = LineNormalizer.normalize(text.toString());
      if (!line.isEmpty() && owner != null) {
        add(line, firstLine < 0 ? 1 : firstLine,
            structureOf(owner, linkChars, line.length()), presetReason(owner));
      }
      text.setLength(0);
      linkChars = 0;
      firstLine = -1;
      owner = null;
    }

    private void add(String line, int lineNumber, PageStructure structure, String reason) {
      texts.add(LineNormalizer.normalize(line));
      lineNumbers.add(lineNumber);
      structures.add(structure);
      presetReasons.add(reason);
    }

    private PageStructure structureOf(Element element, int links, int chars) {
      boolean furniture = false;
      boolean article = false;
      boolean heading = false;
      for (Element e = element; e != null; e = e.parent()) {
        String tag = e.normalName();
        heading |= HEADINGS.contains(tag);
        boolean articleElement =
            tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop")
                && e.attr("itemprop").equals("articleBody") || namesArticle(e);
        article |= articleElement;
        furniture |=
            FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role"))
                || (tag.equals("header") && !hasArticleAncestor(e))
                || (!articleElement && FURNITURE_NAME.matcher(e.className() + " " + e.id()).find());
      }
      double density = chars == 0 ? 0 : Math.min(1.0, (double) links / chars);
      return new PageStructure(density, furniture, article, heading, pageHasArticle);
    }

    /** Captions and breadcrumbs are named by their markup, and go under their own reasons. */
    private static String presetReason(Element element) {
      for (Element e = element; e != null; e = e.parent()) {
        String names = e.className() + " " + e.id();
        if (e.normalName().equals("figcaption") || CAPTION_NAME.matcher(names).find()) {
          return PhotoCreditRule.CAPTION;
        }
        if (BREADCRUMB_NAME.matcher(names).find()
            || BREADCRUMB_NAME.matcher(e.attr("aria-label")).find()) {
          return BreadcrumbRule.REASON;
        }
      }
      return null;
    }

    private static boolean hasArticleAncestor(Element element) {
      for (Element e = element.parent(); e != null; e = e.parent()) {
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
          return true;
        }
      }
      return false;
    }

    private static boolean insideLink(Node node) {
      for (Node n = node.parent(); n != null; n = n.parent()) {
        if (n instanceof Element e && e.normalName().equals("a")) {
          return true;
        }
      }
      return false;
    }

    private static int lineOf(Node node) {
      int line = node.sourceRange().start().lineNumber();
      return line > 0 ? line : 1;
    }

    DocumentLines toDocumentLines() {
      int[] numbers = lineNumbers.stream().mapToInt(Integer::intValue).toArray();
      DocumentLines doc = new DocumentLines(texts, numbers, structures);
      for (int i = 0; i < presetReasons.size(); i++) {
        if (presetReasons.get(i) != null) {
          doc.remove(i, presetReasons.get(i));
        }
      }
      return doc;
    }
  }
}
