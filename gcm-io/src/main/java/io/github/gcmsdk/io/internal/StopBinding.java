package io.github.gcmsdk.io.internal;

/**
 * Thrown inside the binder when a document must not be read further (a format version this
 * reader does not know, a document over the size limit); its problem is already reported.
 */
final class StopBinding extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StopBinding() {
    super(null, null, false, false);
  }
}
