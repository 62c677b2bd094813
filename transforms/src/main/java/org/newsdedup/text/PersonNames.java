package org.newsdedup.text;

import java.util.List;
import java.util.Set;

/**
 * Word lists the people finder leans on: titles and roles that come before a name (and are not
 * part of it), words that mark an organisation or a place, and words that announce speech.
 */
final class PersonNames {
  /** Titles, honorifics and roles written before a name: "Judge Patricia Lowe". */
  static final Set<String> TITLES =
      Set.copyOf(List.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "judge", "justice", "president", "minister", "chancellor", "prime", "secretary",
          "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "councillor",
          "councilor", "cllr", "prosecutor", "detective", "inspector", "sergeant", "constable",
          "officer", "chief", "superintendent", "captain", "capt", "general", "gen", "colonel",
          "col", "major", "lieutenant", "commander", "admiral", "pope", "king", "queen", "prince",
          "princess", "rev", "reverend", "father", "bishop", "archbishop", "rabbi", "imam",
          "sheikh", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper",
          "substitute", "opener", "captain", "skipper", "forward", "guard", "centre", "center",
          "winger", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
          "spokesperson", "ceo", "founder", "co-founder", "economist", "analyst", "researcher",
          "scientist", "farmer", "teacher", "headteacher", "nurse", "doctor", "lawyer",
          "barrister", "solicitor", "mp", "mep", "deputy", "vice", "foreign", "interior",
          "finance", "health", "economy", "defence", "defense", "mr.", "mrs.", "ms.", "dr.",
          "monsieur", "madame", "herr", "frau", "señor", "señora", "signor", "signora", "senhor",
          "senhora", "meneer", "mevrouw", "wethouder", "burgemeester", "bürgermeister",
          "ministerin", "ministre", "maire", "capitaine", "alcalde", "sindaco", "prefeito",
          "presidente", "ministro", "entrenador", "técnico", "tecnico", "caretaker", "top",
          "former", "late", "veteran", "local", "state", "federal", "opposition", "party",
          "leader", "director-general", "executive", "head", "assistant", "associate", "senior",
          "junior", "ambassador", "envoy", "diplomat", "official", "activist", "resident",
          "owner", "historian", "architect", "engineer", "volunteer", "organiser", "organizer",
          "curator", "restorer", "designer", "author", "writer", "producer", "actor", "actress",
          "singer", "player", "driver", "pilot", "commissioner", "auditor", "trustee",
          "campaigner", "mother", "dad", "mum", "grandmother", "grandfather", "son", "daughter",
          "wife", "husband", "brother", "sister", "peer", "spinner", "bowler", "batsman", "batter",
          "all-rounder", "keeper", "pitcher", "quarterback", "centre-back", "full-back",
          "referee", "umpire", "ecologist", "biologist", "hydrologist", "geologist", "professor",
          "lecturer", "surgeon", "consultant", "strategist", "executive", "vice-president",
          "counterpart", "successor", "predecessor", "colleague", "rival", "opponent"));

  /** Words that make a capitalised phrase an organisation, a place or a thing, not a person. */
  static final Set<String> NOT_PERSON_WORDS =
      Set.copyOf(List.of(
          "council", "university", "college", "school", "primary", "academy", "ltd", "inc",
          "plc", "llc", "gmbh", "corp", "company", "group", "street", "road", "avenue", "lane",
          "square", "bridge", "party", "bank", "ministry", "department", "office", "agency",
          "association", "committee", "commission", "authority", "service", "services", "court",
          "parliament", "assembly", "senate", "congress", "union", "league", "club", "fc",
          "united", "city", "town", "county", "province", "state", "states", "republic",
          "kingdom", "island", "islands", "sea", "ocean", "river", "lake", "mountain",
          "mountains", "valley", "airport", "station", "hospital", "trust", "foundation",
          "institute", "centre", "center", "forces", "army", "navy", "police", "news", "press",
          "times", "post", "herald", "festival", "trophy", "cup", "championship", "series",
          "index", "market", "markets", "energy", "therapeutics", "semiconductor", "technologies",
          "systems", "network", "airlines", "airways", "motors", "holdings", "capital",
          "partners", "fund", "museum", "library", "hall", "park", "church", "cathedral",
          "chapel", "stadium", "arena", "ground", "theatre", "theater", "hotel", "restaurant",
          "cafe", "café", "farm", "estate", "coast", "north", "south", "east", "west", "central",
          "national", "international", "royal", "federal", "european", "global", "world",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "day", "week", "act", "bill", "law", "plan",
          "report", "review", "survey", "programme", "program", "project", "scheme", "fire",
          "storm", "brigade", "rescue", "guard", "coastguard", "office", "board", "agency",
          "ministerium", "gemeinde", "stadt", "verband", "ministère", "conseil", "mairie",
          "ville", "ayuntamiento", "ministerio", "comune", "ministero", "prefeitura", "gemeente",
          "ministerie", "tribunal", "regional", "metropolitan", "borough", "district", "region",
          "area", "zone", "line", "route", "way", "place", "house", "tower", "centre", "labour",
          "conservative", "conservatives", "liberal", "democrats", "democrat", "republican",
          "republicans", "greens", "green", "social", "affairs", "zaken", "forestry",
          "intermediate", "texas", "reserve", "exchange", "stock", "brent", "opec", "power",
          "water", "rail", "railway", "railways", "bus", "tram", "transport", "media", "digital",
          "online", "magazine", "journal", "daily", "weekly", "evening", "morning", "sunday",
          "gazette", "chronicle", "courier", "echo", "observer", "record", "standard", "ledger",
          "dispatch", "bulletin", "rovers", "wanderers", "athletic", "mariners", "wolves",
          "voyageurs", "trophy", "elite", "premier", "division", "conference", "tour", "open",
          "games", "olympics", "prize", "award", "awards", "springs", "falls", "heights", "hills",
          "beach", "bay", "point", "harbour", "harbor", "port", "creek", "fort", "mount", "village",
          "civil", "construction", "engineering", "consulting", "officer"));

  /** Verbs of speech that follow or precede a speaker's name: "..., said Jane Doe". */
  static final Set<String> SPEECH_VERBS =
      Set.copyOf(List.of(
          "said", "says", "told", "added", "explained", "noted", "warned", "stated", "argued",
          "insisted", "asked", "wrote", "recalled", "admitted", "confirmed", "announced",
          "declared", "replied", "sagte", "sagt", "erklärte", "betonte", "dit", "a déclaré",
          "explique", "déclare", "dijo", "afirmó", "explicó", "señaló", "ha detto", "ha spiegato",
          "disse", "afirmou", "explicou", "zegt", "zei", "aldus"));

  /** German compounds end in their title: "Verbandspräsident", "Bürgermeisterin". */
  private static final List<String> COMPOUND_ENDINGS =
      List.of(
          "präsident", "präsidentin", "meister", "meisterin", "minister", "ministerin", "sprecher",
          "sprecherin", "leiter", "leiterin", "chef", "chefin", "direktor", "direktorin",
          "vorsitzende", "vorsitzender");
  private static final int MIN_COMPOUND_PREFIX = 2;
  private static final java.util.regex.Pattern TITLE_COMPOUND =
      java.util.regex.Pattern.compile(
          "(?iu).{" + MIN_COMPOUND_PREFIX + ",30}(?:" + String.join("|", COMPOUND_ENDINGS) + ")");
  /**
   * The compound pattern is slow to turn a word away (it tries every ending after every prefix),
   * and most words are too short for it or end in another letter than any title does.
   */
  private static final int MIN_COMPOUND_CHARS =
      MIN_COMPOUND_PREFIX + COMPOUND_ENDINGS.stream().mapToInt(String::length).min().orElse(0);
  private static final String LAST_LETTERS = lastLetters();

  private PersonNames() {}

  static boolean isTitle(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return TITLES.contains(lower)
        || (lower.length() >= MIN_COMPOUND_CHARS
            && LAST_LETTERS.indexOf(lower.charAt(lower.length() - 1)) >= 0
            && TITLE_COMPOUND.matcher(lower).matches());
  }

  private static String lastLetters() {
    StringBuilder letters = new StringBuilder();
    for (String ending : COMPOUND_ENDINGS) {
      char last = ending.charAt(ending.length() - 1);
      if (letters.indexOf(String.valueOf(last)) < 0) {
        letters.append(last);
      }
    }
    return letters.toString();
  }
}
