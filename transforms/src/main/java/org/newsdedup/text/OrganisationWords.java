package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words that end an organisation's name ("Oklahoma Forestry Services", "European
 * Commission", "Harbour Holdings GmbH"), found as whole words. A whole word is a maximal run of
 * letters, digits, underscores and the non-spacing marks that follow them: exactly what a regular
 * expression's {@code \b} bounds, so this finds what {@code \b(?:Council|University|...)\b}
 * finds. One set lookup per capitalised word costs far less than that alternation of sixty words
 * tried at every word boundary.
 */
final class OrganisationWords {
  private static final Set<String> WORDS =
      Set.of(
          "Council", "University", "College", "Ministry", "Department", "Agency", "Association",
          "Committee", "Commission", "Authority", "Bank", "Party", "Parliament", "Court", "Police",
          "Service", "Services", "Union", "Institute", "Foundation", "Trust", "Group", "Company",
          "Corporation", "Inc", "Ltd", "plc", "GmbH", "AG", "Club", "FC", "Board", "Office",
          "Organisation", "Organization", "Federation", "League", "Assembly", "Senate", "Congress",
          "Forces", "Army", "Navy", "Hospital", "School", "Academy", "Fund", "Network",
          "Therapeutics", "Semiconductor", "Airlines", "Motors", "Holdings", "Ministerium",
          "Verband", "Ministère", "Conseil", "Ministerio", "Ministero", "Ministerie", "Gemeente");
  /** Bounds that let most words go without a lookup: their length and first letter. */
  private static final int SHORTEST = WORDS.stream().mapToInt(String::length).min().orElse(0);
  private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);
  private static final String INITIALS = initials();

  private OrganisationWords() {}

  private static String initials() {
    StringBuilder initials = new StringBuilder();
    for (String word : WORDS) {
      if (initials.indexOf(word.substring(0, 1)) < 0) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  /** Start and end offsets of each organisation word in {@code text}, in order. */
  static List<int[]> in(String text) {
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < text.length()) {
        int next = text.codePointAt(i);
        if (!isWordChar(next) && (next < 0x80 || Character.getType(next) != Character.NON_SPACING_MARK)) {
          break;
        }
        i += Character.charCount(next);
      }
      int length = i - start;
      if (length >= SHORTEST && length <= LONGEST && INITIALS.indexOf(text.charAt(start)) >= 0
          && WORDS.contains(text.substring(start, i))) {
        found.add(new int[] {start, i});
      }
    }
    return found;
  }

  /**
   * A word character as {@code \b} sees it (without the UNICODE_CHARACTER_CLASS flag). ASCII, most
   * of any text, is four ranges.
   */
  private static boolean isWordChar(int cp) {
    return cp < 0x80
        ? cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
        : Character.isLetterOrDigit(cp);
  }
}
