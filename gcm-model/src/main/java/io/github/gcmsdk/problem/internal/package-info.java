/**
 * Implementation details shared by gcm-io and gcm-validation, not part of the API: exported to
 * those two modules only, and they may change without notice.
 */
package io.github.gcmsdk.problem.internal;
