package org.newsdedup.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.RemovedLine;

/**
 * Reads an article's metadata from the page around it: the head the cleaner set aside (masthead,
 * breadcrumbs, headline, byline, date lines), the article's dateline, and credit and copyright
 * lines further down. Lines that describe a picture are never read: an agency in a photo credit
 * did not write the text.
 */
public final class MetadataExtractor {
  private static final Pattern BY_AT_END = Pattern.compile("(?iu)\\bby:?\\s([^,;|]{3,60})$");
  /** The look-ahead turns away, with one test, positions where no label word can start. */
  private static final Pattern PICTURE_LABEL =
      Pattern.compile("(?iu)(?=[picfb])\\b(?:photo|photograph|picture|image|credit|foto|bild)s?:\\s");
  private static final Pattern EMAIL_ONLY = Pattern.compile("^\\S{1,64}@\\S{1,255}$");
  private static final int MAX_DATE_LEAD_CHARS = 20;
  private static final int MAX_DATE_LINE_WORDS = 12;
  private static final int MAX_WORDS_BESIDE_STANDALONE_DATE = 2;
  private static final int MIN_PROSE_WORDS = 8;
  /** Longer paragraphs are scraping accidents; reading their start keeps the cost per article flat. */
  private static final int MAX_PROSE_CHARS = 10_000;
  /** Lines after the headline that are neither credit nor date before the credits are over. */
  private static final int MAX_OTHER_LINES_AMONG_CREDITS = 1;

  private MetadataExtractor() {}

  public static Metadata extract(
      List<String> paragraphs, List<RemovedLine> removedLines, DateOrder dateOrder) {
    ArticleHead page = ArticleHead.of(paragraphs, removedLines);
    List<PageLine> head = page.head();
    Map<String, String> sources = new LinkedHashMap<>();

    int headline = Headlines.find(head);
    String title = headline < 0 ? null : head.get(headline).text().strip();
    note(sources, "title", title == null ? null : head.get(headline).text());

    String section = Sections.find(head, headline);
    note(sources, "section", firstLineWith(section, head));
    String publisher = Publishers.find(head, headline, page.rest());
    note(sources, "publisher", firstLineWith(publisher, head));
    note(sources, "publisher", firstLineWith(publisher, page.rest()));

    List<String> authors = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    readHeadCredits(head, headline, authors, agencies, sources);
    Datelines.Dateline dateline = page.body().isEmpty() ? null : Datelines.read(page.body().get(0));
    if (dateline != null) {
      note(sources, "dateline", page.body().get(0));
      if (dateline.agency() != null && !agencies.contains(dateline.agency())) {
        agencies.add(dateline.agency());
        note(sources, "agencies", page.body().get(0));
      }
    }
    readFootCredits(page.rest(), authors, agencies, sources);
    if (publisher != null) {
      authors.removeIf(author -> author.equalsIgnoreCase(publisher));
    }

    FoundDate date = null;
    String dateSource = null;
    for (PageLine line : head) {
      date = line.isPicture() ? null : pageDate(line.text(), dateOrder);
      if (date != null) {
        dateSource = line.text();
        break;
      }
    }
    if (date == null && dateline != null) {
      date = DateParser.find(dateline.text(), dateOrder);
      dateSource = date == null ? null : page.body().get(0);
    }
    for (int i = 0; date == null && i < page.rest().size(); i++) {
      PageLine line = page.rest().get(i);
      date = line.isPicture() ? null : standaloneDate(line.text(), dateOrder);
      dateSource = date == null ? null : line.text();
    }
    note(sources, "publishedDate", dateSource);
    List<String> prose = prose(page.body());
    Entities entities = withoutAuthors(Entities.find(prose, dateline), authors);
    List<Quotes.Quote> quotes = Quotes.find(prose, entities.people());
    return new Metadata(
        title, date, dateSource, authors, agencies, publisher, section, dateline, entities,
        quotes, sources);
  }

  /** An article's own authors are named in its byline and bio, not as people in the story. */
  private static Entities withoutAuthors(Entities entities, List<String> authors) {
    List<String> people = new ArrayList<>(entities.people());
    for (String author : authors) {
      people.removeIf(person -> NameKey.of(person).equals(NameKey.of(author)));
    }
    return new Entities(people, entities.places(), entities.organizations());
  }

  /** The article's running text: paragraphs that are not credit, caption, contact or slug lines. */
  private static List<String> prose(List<String> body) {
    List<String> prose = new ArrayList<>();
    for (String paragraph : body) {
      boolean credit = Bylines.hasLead(paragraph) || !Bylines.reporters(paragraph).isEmpty()
          || !AgencyCredits.in(paragraph).isEmpty() || Bylines.readUnmarked(paragraph) != null
          || hasPictureLabel(paragraph);
      if (!credit && (Sentences.endsSentence(paragraph) || Words.count(paragraph) >= MIN_PROSE_WORDS)) {
        prose.add(paragraph.length() > MAX_PROSE_CHARS ? paragraph.substring(0, MAX_PROSE_CHARS) : paragraph);
      }
    }
    return prose;
  }

  /** "Photo: …", "Credits: …": the label needs its colon, so a line without one is not read. */
  private static boolean hasPictureLabel(String paragraph) {
    return paragraph.indexOf(':') >= 0 && PICTURE_LABEL.matcher(paragraph).find();
  }

  /**
   * Bylines anywhere in the head ("By ...", "Par ...", "Posted on ... by ..."), unmarked credit
   * lines in the run just below the headline ("Megan Ashworth", "Alexandra Pike, Science
   * Correspondent"), and agency credit lines ("AFP", "Source: Xinhua").
   */
  private static void readHeadCredits(
      List<PageLine> head, int headline, List<String> authors, List<String> agencies,
      Map<String, String> sources) {
    int otherLines = 0;
    boolean inCreditRun = headline >= 0;
    for (int i = 0; i < head.size(); i++) {
      PageLine line = head.get(i);
      String text = line.text().strip();
      if (line.isPicture() || i == headline) {
        continue;
      }
      Bylines.Credit credit = null;
      if (Bylines.hasLead(text)) {
        credit = Bylines.read(text);
      } else if (inCreditRun && i > headline) {
        credit = Bylines.readUnmarked(text);
      }
      boolean dateLine = credit == null && ArticleHead.isDateLine(text);
      Matcher byAtEnd = BY_AT_END.matcher(text);
      if (dateLine && byAtEnd.find()) {
        credit = Bylines.read(byAtEnd.group(1));
      }
      List<String> credited = AgencyCredits.in(text);
      if (credit != null) {
        addAll(authors, credit.authors(), sources, "authors", line.text());
        addAll(agencies, credit.agencies(), sources, "agencies", line.text());
      }
      addAll(agencies, credited, sources, "agencies", line.text());
      if (i > headline && inCreditRun && credit == null && credited.isEmpty() && !dateLine
          && !EMAIL_ONLY.matcher(text).matches()) {
        otherLines++;
        inCreditRun = otherLines <= MAX_OTHER_LINES_AMONG_CREDITS;
      }
    }
  }

  /** "Reporting by ..." lines and agency credit lines below the article. */
  private static void readFootCredits(
      List<PageLine> rest, List<String> authors, List<String> agencies,
      Map<String, String> sources) {
    for (PageLine line : rest) {
      if (line.isPicture()) {
        continue;
      }
      addAll(authors, Bylines.reporters(line.text()), sources, "authors", line.text());
      addAll(agencies, AgencyCredits.in(line.text()), sources, "agencies", line.text());
    }
  }

  /**
   * A date that leads its line ("date 2024-01-29 ...", "- 30 January 2024 13:49") or sits in a
   * short line. Dates deep inside long lines are about events or other stories.
   */
  private static @Nullable FoundDate pageDate(String line, DateOrder dateOrder) {
    FoundDate date = DateParser.find(line, dateOrder);
    if (date == null) {
      return null;
    }
    boolean leads = line.indexOf(date.matchedText()) <= MAX_DATE_LEAD_CHARS;
    return leads || Words.count(line) <= MAX_DATE_LINE_WORDS ? date : null;
  }

  /**
   * A line below the article that is a date and little else ("- 30 January 2024 13:49"): some
   * pages print the article's date under it. Read only when the head and the dateline have none.
   */
  private static @Nullable FoundDate standaloneDate(String line, DateOrder dateOrder) {
    FoundDate date = DateParser.find(line, dateOrder);
    boolean alone = date != null
        && Words.count(line) - Words.count(date.matchedText()) <= MAX_WORDS_BESIDE_STANDALONE_DATE;
    return alone ? date : null;
  }

  private static void addAll(
      List<String> into, List<String> values, Map<String, String> sources, String field,
      String line) {
    for (String value : values) {
      boolean known = into.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)));
      if (!known) {
        into.add(value);
        note(sources, field, line);
      }
    }
  }

  private static @Nullable String firstLineWith(@Nullable String value, List<PageLine> lines) {
    if (value == null) {
      return null;
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    for (PageLine line : lines) {
      if (line.text().toLowerCase(Locale.ROOT).contains(wanted)) {
        return line.text();
      }
    }
    return null;
  }

  private static void note(Map<String, String> sources, String field, @Nullable String line) {
    if (line != null) {
      sources.putIfAbsent(field, line);
    }
  }
}
