/**
 * Implementation details of the model, not part of the API: they may change without notice.
 */
package io.github.gcmsdk.model.internal;
