package io.github.gcmsdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every gcm-sdk value type.
 *
 * <p>It gives JavaBean accessors ({@code getText()}, {@code isX()}) so that any plain
 * {@code jakarta.validation.Validator} sees the constraints declared on them, fluent builder
 * methods ({@code text(..)}), {@code with*} copies, JDK-only immutable collections and the
 * {@code jakarta} annotation namespace. It carries no Jackson annotations: the model stays free of
 * Jackson, and gcm-io adds JSON support from outside.
 *
 * <p>This annotation is read at compile time only; it is public so that the model's packages can
 * share it, not for use by applications.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"openQuestion:openQuestions", "objective:objectives", "addressee:addressees",
        "extension:extensions", "outcome:outcomes", "city:cities", "country:countries",
        "subRegion:subRegions"},
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true)
public @interface GcmStyle {}
