package org.newsdedup.transforms;

import org.newsdedup.model.DeadLetter;

/**
 * The dead letter for a document on which a step threw. The steps that read one document at a
 * time (decoding, cleaning, metadata) are plain functions of that document: an exception there is
 * a bug the document triggers, and a runner that retried the bundle would meet it on every try,
 * so the run would fail for good over one file. Those steps catch it per element and keep the
 * document here instead. Steps over many documents (grouping, writing) do not: their exceptions
 * are the runner's or the filesystem's, which a retry can cure, or a fault of the whole run.
 */
final class StepFailures {
  public static final String REASON_STEP_FAILED = "step-failed";

  /** How much of the exception's message a dead letter keeps. */
  private static final int MAX_MESSAGE_CHARS = 500;

  private StepFailures() {}

  static DeadLetter of(String source, String step, RuntimeException failure, String input) {
    return DeadLetter.ofText(source, step, REASON_STEP_FAILED, describe(failure), input);
  }

  static DeadLetter ofBytes(String source, String step, RuntimeException failure, byte[] input) {
    return DeadLetter.ofBytes(
        source, step, REASON_STEP_FAILED, describe(failure), input, false);
  }

  /** The exception's class, message and the frame it was thrown from: enough to reproduce it. */
  private static String describe(RuntimeException failure) {
    StringBuilder detail = new StringBuilder(failure.getClass().getName());
    String message = failure.getMessage();
    if (message != null) {
      detail.append(": ")
          .append(message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…");
    }
    StackTraceElement[] frames = failure.getStackTrace();
    if (frames.length > 0) {
      detail.append(" at ").append(frames[0]);
    }
    return detail.toString();
  }
}
