/**
 * Implementation of gcm-validation: the constraint validators that Hibernate Validator loads
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}, the {@link
 * io.github.gcmsdk.validation.internal.ModelConstraints} factory by which {@code GcmValidator}
 * has Hibernate Validator check them, the document rules and the message bundles. Pointers are
 * gcm-model's {@link io.github.gcmsdk.problem.JsonPointer}, message templates are filled by
 * gcm-model's {@code MessageTemplate}, as gcm-io's are.
 *
 * <p><b>Not an API.</b> Types here are public only so that Hibernate Validator can instantiate
 * the validators and the public package can use the rest; they may change in any release.
 *
 * <p>Every type here is stateless or immutable, and thread-safe; a constraint validator keeps only
 * the attributes of its annotation, set once by {@code initialize}. Constraint validators consider
 * {@code null} valid; other methods throw {@link java.lang.NullPointerException} for a null
 * argument unless documented otherwise.
 */
package io.github.gcmsdk.validation.internal;
