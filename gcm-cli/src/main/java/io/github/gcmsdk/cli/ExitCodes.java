package io.github.gcmsdk.cli;

/** The exit statuses of every {@code gcm} command. */
final class ExitCodes {

  /** Success: no file has an error; every file is canonical. */
  static final int OK = 0;
  /** The data has problems: a file has an error, or is not canonical. */
  static final int PROBLEMS = 1;
  /** A usage or I/O error: a bad option or argument, a missing or unreadable file. */
  static final int USAGE = 2;
  /** A bug in gcm. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
