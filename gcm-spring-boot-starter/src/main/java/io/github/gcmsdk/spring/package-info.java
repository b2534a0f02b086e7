/**
 * Spring Boot 4 auto-configuration for gcm-sdk ({@link io.github.gcmsdk.spring.GcmAutoConfiguration}):
 * {@code GcmJson} and {@code GcmValidator} beans from {@code gcm.*} properties, a message
 * converter that reads stakeholder input request bodies with gcm-io, and RFC 9457 answers for
 * refused documents in the problem shape of {@code gcm validate --format json}.
 *
 * <p>Null arguments throw {@link NullPointerException} unless a parameter says otherwise. The
 * beans made here are immutable and thread-safe; {@link io.github.gcmsdk.spring.GcmProperties}
 * is mutable, as Spring binds it.
 */
package io.github.gcmsdk.spring;
