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
 * <p>{@code toString} gives the type's name and its attributes in declaration order, leaving out
 * empty lists, maps and Optionals ({@code Finding{id=f1, kind=CONCERN, text=...}}).
 *
 * <p>Generated classes carry none of Immutables' annotations, so that code using them compiles
 * with {@code -Xlint:all -Werror} without the Immutables jar (the examples module checks it).
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
    overshadowImplementation = true,
    // Immutables adds the annotations it finds on the processor's classpath unless this list
    // names them; an empty list allows all, so it names one Immutables never adds. Thus
    // org.immutables.value.Generated stays off the class files: absent from consumers' classpaths
    // (value-annotations is provided), it made javac warn twice per generated class they touch.
    allowedClasspathAnnotations = Override.class,
    // One toString for all types, leaving out empty lists, maps and Optionals.
    delegateToString = "io.github.gcmsdk.model.internal.ValueStrings.toString")
public @interface GcmStyle {}
