package org.newsdedup.streaming;

import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.ValueState;
import org.joda.time.Instant;

/** The expiry of a key whose whole state is forgotten a retention period after its last use. */
final class Expiry {
  private Expiry() {}

  /**
   * Moves the key's expiry to a retention period after {@code now}, when that is later than the
   * expiry set. The timer holds no output back: it only forgets.
   */
  static void extend(ValueState<Long> expiry, Timer timer, Instant now, long retentionMillis) {
    long at = now.getMillis() + retentionMillis;
    Long set = expiry.read();
    if (set == null || at > set) {
      timer.withNoOutputTimestamp().set(new Instant(at));
      expiry.write(at);
    }
  }
}
