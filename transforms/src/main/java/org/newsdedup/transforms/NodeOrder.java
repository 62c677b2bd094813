package org.newsdedup.transforms;

import java.io.Serializable;
import java.util.Comparator;
import org.newsdedup.text.Hashing64;

/**
 * The order in which {@link ConnectComponents} ranks nodes: by a hash of the id, then the id.
 * Star contraction converges in fewer rounds when node order is unrelated to graph structure, and
 * ids from file names are anything but.
 */
final class NodeOrder implements Comparator<String>, Serializable {
  private static final long serialVersionUID = 1L;
  static final NodeOrder INSTANCE = new NodeOrder();

  @Override
  public int compare(String a, String b) {
    int byHash = Long.compare(Hashing64.token(a), Hashing64.token(b));
    return byHash != 0 ? byHash : a.compareTo(b);
  }

  static String min(String a, String b) {
    return INSTANCE.compare(a, b) <= 0 ? a : b;
  }
}
