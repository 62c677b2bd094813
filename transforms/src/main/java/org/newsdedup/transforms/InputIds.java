package org.newsdedup.transforms;

import java.io.Serializable;
import org.apache.beam.sdk.io.FileSystems;

/**
 * Names each input by its path as the user's glob spells it: {@code testdata/seeds/*.txt} matches
 * {@code /home/me/newsdedup/testdata/seeds/004.txt}, whose id is {@code testdata/seeds/004.txt}.
 * Ids so made do not depend on where the run happens, which keeps output identical across
 * machines.
 */
public final class InputIds implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String baseAsGiven;

  private InputIds(String baseAsGiven) {
    this.baseAsGiven = baseAsGiven;
  }

  /** Ids relative to the fixed part of a glob: everything up to its last '/' before a wildcard. */
  public static InputIds forGlob(String glob) {
    int wildcard = firstWildcard(glob);
    int slash = glob.lastIndexOf('/', wildcard < 0 ? glob.length() - 1 : wildcard);
    return new InputIds(slash < 0 ? "" : glob.substring(0, slash + 1));
  }

  /** The id of a matched resource, given the resource's full name. */
  public String idOf(String resourceId) {
    if (baseAsGiven.isEmpty()) {
      return relativeTo(resolvedBase("."), resourceId);
    }
    String resolved = resolvedBase(baseAsGiven);
    String rest = relativeTo(resolved, resourceId);
    return rest.equals(resourceId) ? resourceId : baseAsGiven + rest;
  }

  private static String relativeTo(String base, String resourceId) {
    return resourceId.startsWith(base) ? resourceId.substring(base.length()) : resourceId;
  }

  private static String resolvedBase(String base) {
    String resolved = FileSystems.matchNewResource(base, true).toString();
    return resolved.endsWith("/") ? resolved : resolved + "/";
  }

  private static int firstWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
