/** The module path consumer ({@link io.github.gcmsdk.modulepath.ModulePathConsumer}). */
package io.github.gcmsdk.modulepath;
