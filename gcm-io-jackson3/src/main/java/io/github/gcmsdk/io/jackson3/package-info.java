/**
 * gcm-io on Jackson 3 ({@code tools.jackson}): with this module on the class path or module
 * path, {@link io.github.gcmsdk.io.GcmJson} parses and writes with Jackson 3, through the same
 * binder and format table as on Jackson 2, and {@link
 * io.github.gcmsdk.io.jackson3.GcmJackson3Module} plugs them into a Jackson 3 {@code JsonMapper}.
 */
package io.github.gcmsdk.io.jackson3;
