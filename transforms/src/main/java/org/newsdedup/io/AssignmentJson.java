package org.newsdedup.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsdedup.model.Assignment;

/** One-line JSON for the streaming pipeline's assignments, fields in a fixed order. */
public final class AssignmentJson {
  private AssignmentJson() {}

  public static String of(Assignment a) {
    ObjectNode o = Json.object();
    o.put("articleId", a.articleId);
    o.put("groupId", a.groupId);
    o.put("tier", a.tier);
    o.put("relation", a.relation);
    o.put("matchedId", a.matchedId);
    o.put("similarity", a.similarity);
    o.put("containment", a.containment);
    o.put("previousGroupId", a.previousGroupId);
    o.put("sequence", a.sequence);
    return Json.write(o);
  }
}
