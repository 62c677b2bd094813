package org.newsdedup.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeMap;
import org.newsdedup.model.Article;
import org.newsdedup.model.Assignment;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.EarlierMember;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.Quote;
import org.newsdedup.model.RemovedLine;

/**
 * One-line JSON for each output record. Fields are written in a fixed order and numbers in
 * Java's shortest round-trip form, so equal records always give equal bytes.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static String article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id);
    o.put("source", a.source);
    o.put("charset", a.charset);
    o.put("title", a.title);
    o.put("publishedDate", a.publishedDate);
    o.put("dateSource", a.dateSource);
    strings(o.putArray("authors"), a.authors);
    o.put("publisher", a.publisher);
    strings(o.putArray("agencies"), a.agencies);
    o.put("section", a.section);
    if (a.dateline == null) {
      o.putNull("dateline");
    } else {
      o.putObject("dateline").put("text", a.dateline.text).put("place", a.dateline.place)
          .put("agency", a.dateline.agency);
    }
    o.put("language", a.language);
    o.put("languageConfidence", a.languageConfidence);
    ObjectNode entities = o.putObject("entities");
    strings(entities.putArray("people"), a.entities.people);
    strings(entities.putArray("places"), a.entities.places);
    strings(entities.putArray("organizations"), a.entities.organizations);
    ArrayNode quotes = o.putArray("quotes");
    for (Quote quote : a.quotes) {
      quotes.addObject().put("text", quote.text).put("speaker", quote.speaker);
    }
    ObjectNode sources = o.putObject("metadataSources");
    new TreeMap<>(a.metadataSources).forEach(sources::put);
    o.put("wordCount", a.wordCount);
    o.put("sentenceCount", a.sentenceCount);
    o.put("readingTimeMinutes", a.readingTimeMinutes);
    o.put("contentHash", a.contentHash);
    o.put("duplicateGroup", a.duplicateGroup);
    o.put("storyGroup", a.storyGroup);
    o.put("text", a.text);
    strings(o.putArray("captions"), a.captions);
    ArrayNode removed = o.putArray("removedLines");
    for (RemovedLine line : a.removedLines) {
      removed.addObject().put("line", line.lineNumber).put("text", line.text).put("reason", line.reason);
    }
    return write(o);
  }

  public static String group(DocumentGroup g) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("groupId", g.groupId);
    o.put("tier", g.tier);
    o.put("canonicalId", g.canonicalId);
    o.put("size", g.members.size());
    ArrayNode members = o.putArray("members");
    for (GroupMember m : g.members) {
      members
          .addObject()
          .put("id", m.id)
          .put("similarity", m.similarity)
          .put("containment", m.containment)
          .put("relation", m.relation);
    }
    if (!g.earlierMembers.isEmpty()) {
      ArrayNode earlier = o.putArray("earlierMembers");
      for (EarlierMember m : g.earlierMembers) {
        earlier.addObject().put("id", m.id).put("runDate", m.runDate);
      }
    }
    return write(o);
  }

  /** A streaming assignment: which group an article joined, through which match. */
  public static String assignment(Assignment a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("articleId", a.articleId);
    o.put("groupId", a.groupId);
    o.put("tier", a.tier);
    o.put("relation", a.relation);
    o.put("matchedId", a.matchedId);
    o.put("similarity", a.similarity);
    o.put("containment", a.containment);
    o.put("previousGroupId", a.previousGroupId);
    o.put("sequence", a.sequence);
    return write(o);
  }

  public static String deadLetter(DeadLetter d) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("source", d.source);
    o.put("step", d.step);
    o.put("reason", d.reason);
    o.put("detail", d.detail);
    o.put("inputEncoding", d.inputEncoding);
    o.put("inputTruncated", d.inputTruncated);
    o.put("input", d.input);
    return write(o);
  }

  static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
