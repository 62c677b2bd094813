package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.Article;
import org.newsdedup.model.Dateline;
import org.newsdedup.model.EntityNames;
import org.newsdedup.model.Quote;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.RemovedLine;

class JsonTest {
  @Test
  void anArticleIsOneLineWithEveryFieldInAFixedOrderAndNullsKept() {
    Article article =
        Article.builder()
            .id("in/a.txt")
            .source("in/a.txt")
            .charset("UTF-8")
            .title("Talks resume")
            .publishedDate("2024-01-29", "date 2024-01-29")
            .authors(List.of("Jane Doe"))
            .agencies(List.of("Reuters"))
            .language("en", 0.5)
            .text("First paragraph.\nSecond \"quoted\" paragraph.")
            .removedLines(List.of(new RemovedLine(1, "Home News World", "breadcrumb")))
            .captions(List.of("Ministers at the table (Photo: Reuters)"))
            .dateline(new Dateline("ISLAMABAD (Reuters) -", "ISLAMABAD", "Reuters"))
            .entities(new EntityNames(List.of("Jalil Abbas Jilani"), List.of("Islamabad"), List.of()))
            .quotes(List.of(new Quote("We agreed", null)))
            .metadataSources(Map.of("title", "Talks resume", "publishedDate", "date 2024-01-29"))
            .wordCount(5)
            .sentenceCount(2)
            .readingTimeMinutes(1)
            .contentHash("abc")
            .duplicateGroup("duplicate-abc")
            .build();

    assertEquals(
        "{\"id\":\"in/a.txt\",\"source\":\"in/a.txt\",\"charset\":\"UTF-8\","
            + "\"title\":\"Talks resume\",\"publishedDate\":\"2024-01-29\","
            + "\"dateSource\":\"date 2024-01-29\",\"authors\":[\"Jane Doe\"],\"publisher\":null,"
            + "\"agencies\":[\"Reuters\"],\"section\":null,"
            + "\"dateline\":{\"text\":\"ISLAMABAD (Reuters) -\",\"place\":\"ISLAMABAD\",\"agency\":\"Reuters\"},"
            + "\"language\":\"en\",\"languageConfidence\":0.5,"
            + "\"entities\":{\"people\":[\"Jalil Abbas Jilani\"],\"places\":[\"Islamabad\"],"
            + "\"organizations\":[]},"
            + "\"quotes\":[{\"text\":\"We agreed\",\"speaker\":null}],"
            + "\"metadataSources\":{\"publishedDate\":\"date 2024-01-29\",\"title\":\"Talks resume\"},"
            + "\"wordCount\":5,\"sentenceCount\":2,\"readingTimeMinutes\":1,\"contentHash\":\"abc\","
            + "\"duplicateGroup\":\"duplicate-abc\",\"storyGroup\":null,"
            + "\"text\":\"First paragraph.\\nSecond \\\"quoted\\\" paragraph.\","
            + "\"captions\":[\"Ministers at the table (Photo: Reuters)\"],"
            + "\"removedLines\":[{\"line\":1,\"text\":\"Home News World\",\"reason\":\"breadcrumb\"}]}",
        Json.article(article));
  }

  @Test
  void aGroupListsItsSizeAndMembers() {
    DocumentGroup group =
        new DocumentGroup(
            "duplicate-1",
            "duplicate",
            "a",
            List.of(new GroupMember("a", 1.0, 1.0, "canonical"), new GroupMember("b", 0.75, 0.9, "copy")));

    assertEquals(
        "{\"groupId\":\"duplicate-1\",\"tier\":\"duplicate\",\"canonicalId\":\"a\",\"size\":2,"
            + "\"members\":[{\"id\":\"a\",\"similarity\":1.0,\"containment\":1.0,\"relation\":\"canonical\"},"
            + "{\"id\":\"b\",\"similarity\":0.75,\"containment\":0.9,\"relation\":\"copy\"}]}",
        Json.group(group));
  }

  @Test
  void aDeadLetterKeepsItsInputAndHowItIsEncoded() {
    DeadLetter letter = DeadLetter.ofBytes("x.png", "ReadArticles", "binary", "NUL byte", new byte[] {0, 1}, false);

    assertEquals(
        "{\"source\":\"x.png\",\"step\":\"ReadArticles\",\"reason\":\"binary\",\"detail\":\"NUL byte\","
            + "\"inputEncoding\":\"base64\",\"inputTruncated\":false,\"input\":\"AAE=\"}",
        Json.deadLetter(letter));
  }
}
