package org.newsdedup.pipelines;

/** What the process's exit status tells a scheduler. */
public enum ExitCode {
  /** The run finished and its output is complete. */
  SUCCESS(0),
  /** The arguments were wrong: nothing ran. */
  BAD_ARGUMENTS(2),
  /** The pipeline failed: its output must not be used. */
  PIPELINE_FAILED(3),
  /** The run finished, but more inputs than --maxDeadLetterRatio allows were dead letters. */
  TOO_MANY_DEAD_LETTERS(4);

  private final int status;

  ExitCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
