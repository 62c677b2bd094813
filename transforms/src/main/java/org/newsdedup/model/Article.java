package org.newsdedup.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A cleaned article with its metadata: the record users receive. Fields the text does not show
 * are null (or empty lists) rather than guessed. Build one with {@link #builder()}.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Article {
  public final String id;
  public final String source;
  public final String charset;
  public final @Nullable String title;
  /** ISO-8601 date, or date-time when the text gives a time. */
  public final @Nullable String publishedDate;
  /** The line the publication date was read from. */
  public final @Nullable String dateSource;
  public final List<String> authors;
  public final @Nullable String publisher;
  /** Wire agencies credited for the text, by canonical name. */
  public final List<String> agencies;
  public final @Nullable String section;
  /** The dateline that opens the text, or null. */
  public final @Nullable Dateline dateline;
  /** People, places and organisations named in the text. */
  public final EntityNames entities;
  /** Quoted statements, with their speakers where the text says. */
  public final List<Quote> quotes;
  /** Each metadata field found, mapped to the line it was read from. */
  public final Map<String, String> metadataSources;
  /** ISO 639-1 code, or null when the text is too short or too mixed to tell. */
  public final @Nullable String language;
  public final double languageConfidence;
  public final String text;
  public final List<RemovedLine> removedLines;
  /** Picture captions found in the page, kept out of {@link #text}. */
  public final List<String> captions;
  public final int wordCount;
  public final int sentenceCount;
  /** Minutes a reader needs for the text, rounded up. */
  public final int readingTimeMinutes;
  /** Hash of the normalised text: equal for exact copies. */
  public final String contentHash;
  public final @Nullable String duplicateGroup;
  public final @Nullable String storyGroup;

  @SchemaCreate
  public Article(
      String id,
      String source,
      String charset,
      @Nullable String title,
      @Nullable String publishedDate,
      @Nullable String dateSource,
      List<String> authors,
      @Nullable String publisher,
      List<String> agencies,
      @Nullable String section,
      @Nullable Dateline dateline,
      EntityNames entities,
      List<Quote> quotes,
      Map<String, String> metadataSources,
      @Nullable String language,
      double languageConfidence,
      String text,
      List<RemovedLine> removedLines,
      List<String> captions,
      int wordCount,
      int sentenceCount,
      int readingTimeMinutes,
      String contentHash,
      @Nullable String duplicateGroup,
      @Nullable String storyGroup) {
    this.id = Objects.requireNonNull(id);
    this.source = Objects.requireNonNull(source);
    this.charset = Objects.requireNonNull(charset);
    this.title = title;
    this.publishedDate = publishedDate;
    this.dateSource = dateSource;
    this.authors = List.copyOf(authors);
    this.publisher = publisher;
    this.agencies = List.copyOf(agencies);
    this.section = section;
    this.dateline = dateline;
    this.entities = Objects.requireNonNull(entities);
    this.quotes = List.copyOf(quotes);
    this.metadataSources = Map.copyOf(metadataSources);
    this.language = language;
    this.languageConfidence = languageConfidence;
    this.text = Objects.requireNonNull(text);
    this.removedLines = List.copyOf(removedLines);
    this.captions = List.copyOf(captions);
    this.wordCount = wordCount;
    this.sentenceCount = sentenceCount;
    this.readingTimeMinutes = readingTimeMinutes;
    this.contentHash = Objects.requireNonNull(contentHash);
    this.duplicateGroup = duplicateGroup;
    this.storyGroup = storyGroup;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .source(source)
        .charset(charset)
        .title(title)
        .publishedDate(publishedDate, dateSource)
        .authors(authors)
        .publisher(publisher)
        .agencies(agencies)
        .section(section)
        .dateline(dateline)
        .entities(entities)
        .quotes(quotes)
        .metadataSources(metadataSources)
        .language(language, languageConfidence)
        .text(text)
        .removedLines(removedLines)
        .captions(captions)
        .wordCount(wordCount)
        .sentenceCount(sentenceCount)
        .readingTimeMinutes(readingTimeMinutes)
        .contentHash(contentHash)
        .duplicateGroup(duplicateGroup)
        .storyGroup(storyGroup);
  }

  public Article withDuplicateGroup(@Nullable String group) {
    return toBuilder().duplicateGroup(group).build();
  }

  public Article withStoryGroup(@Nullable String group) {
    return toBuilder().storyGroup(group).build();
  }

  /** Collects an article's fields; lists default to empty, the rest to null. */
  public static final class Builder {
    private String id;
    private String source;
    private String charset;
    private @Nullable String title;
    private @Nullable String publishedDate;
    private @Nullable String dateSource;
    private List<String> authors = List.of();
    private @Nullable String publisher;
    private List<String> agencies = List.of();
    private @Nullable String section;
    private @Nullable Dateline dateline;
    private EntityNames entities = EntityNames.NONE;
    private List<Quote> quotes = List.of();
    private Map<String, String> metadataSources = Map.of();
    private @Nullable String language;
    private double languageConfidence;
    private String text;
    private List<RemovedLine> removedLines = List.of();
    private List<String> captions = List.of();
    private int wordCount;
    private int sentenceCount;
    private int readingTimeMinutes;
    private String contentHash;
    private @Nullable String duplicateGroup;
    private @Nullable String storyGroup;

    private Builder() {}

    public Builder id(String value) {
      id = value;
      return this;
    }

    public Builder source(String value) {
      source = value;
      return this;
    }

    public Builder charset(String value) {
      charset = value;
      return this;
    }

    public Builder title(@Nullable String value) {
      title = value;
      return this;
    }

    public Builder publishedDate(@Nullable String value, @Nullable String sourceLine) {
      publishedDate = value;
      dateSource = sourceLine;
      return this;
    }

    public Builder authors(List<String> value) {
      authors = value;
      return this;
    }

    public Builder publisher(@Nullable String value) {
      publisher = value;
      return this;
    }

    public Builder agencies(List<String> value) {
      agencies = value;
      return this;
    }

    public Builder section(@Nullable String value) {
      section = value;
      return this;
    }

    public Builder dateline(@Nullable Dateline value) {
      dateline = value;
      return this;
    }

    public Builder entities(EntityNames value) {
      entities = value;
      return this;
    }

    public Builder quotes(List<Quote> value) {
      quotes = value;
      return this;
    }

    public Builder metadataSources(Map<String, String> value) {
      metadataSources = value;
      return this;
    }

    public Builder language(@Nullable String code, double confidence) {
      language = code;
      languageConfidence = confidence;
      return this;
    }

    public Builder text(String value) {
      text = value;
      return this;
    }

    public Builder removedLines(List<RemovedLine> value) {
      removedLines = value;
      return this;
    }

    public Builder captions(List<String> value) {
      captions = value;
      return this;
    }

    public Builder wordCount(int value) {
      wordCount = value;
      return this;
    }

    public Builder sentenceCount(int value) {
      sentenceCount = value;
      return this;
    }

    public Builder readingTimeMinutes(int value) {
      readingTimeMinutes = value;
      return this;
    }

    public Builder contentHash(String value) {
      contentHash = value;
      return this;
    }

    public Builder duplicateGroup(@Nullable String value) {
      duplicateGroup = value;
      return this;
    }

    public Builder storyGroup(@Nullable String value) {
      storyGroup = value;
      return this;
    }

    public Article build() {
      return new Article(
          id,
          source,
          charset,
          title,
          publishedDate,
          dateSource,
          authors,
          publisher,
          agencies,
          section,
          dateline,
          entities,
          quotes,
          metadataSources,
          language,
          languageConfidence,
          text,
          removedLines,
          captions,
          wordCount,
          sentenceCount,
          readingTimeMinutes,
          contentHash,
          duplicateGroup,
          storyGroup);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article other
        && id.equals(other.id)
        && source.equals(other.source)
        && charset.equals(other.charset)
        && Objects.equals(title, other.title)
        && Objects.equals(publishedDate, other.publishedDate)
        && Objects.equals(dateSource, other.dateSource)
        && authors.equals(other.authors)
        && Objects.equals(publisher, other.publisher)
        && agencies.equals(other.agencies)
        && Objects.equals(section, other.section)
        && Objects.equals(dateline, other.dateline)
        && entities.equals(other.entities)
        && quotes.equals(other.quotes)
        && metadataSources.equals(other.metadataSources)
        && Objects.equals(language, other.language)
        && languageConfidence == other.languageConfidence
        && text.equals(other.text)
        && removedLines.equals(other.removedLines)
        && captions.equals(other.captions)
        && wordCount == other.wordCount
        && sentenceCount == other.sentenceCount
        && readingTimeMinutes == other.readingTimeMinutes
        && contentHash.equals(other.contentHash)
        && Objects.equals(duplicateGroup, other.duplicateGroup)
        && Objects.equals(storyGroup, other.storyGroup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, contentHash, title, publishedDate, duplicateGroup);
  }

  @Override
  public String toString() {
    return "Article{" + id + ", title=" + title + ", date=" + publishedDate + ", group="
        + duplicateGroup + ", story=" + storyGroup + "}";
  }
}
