package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.constraints.PassesDocumentRules;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.Profile;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link io.github.gcmsdk.model.constraints.PassesDocumentRules}: runs the document rules
 * ({@link DocumentRules}) for a Bean Validation provider, so that a plain {@code
 * jakarta.validation.Validator} (Spring's {@code @Valid}) sees them.
 *
 * <p>It reports the rules that are errors under {@link Profile#PUBLICATION} ({@link #RULES}):
 * a violation means "not valid", and Bean Validation has no warnings. Each rule problem becomes
 * one violation whose property path leads to the value the rule speaks of ({@code /sections/1/id}
 * becomes {@code sections[1].id}, a list element of strings {@code figureIds[0].<list element>},
 * a section {@code sections[1]}, as Bean Validation names them), and whose message template is
 * the rule's key in {@code ContributorValidationMessages}, so the provider's interpolator gives it
 * in the validator's locale. The parameters (ids, pointers, escaped excerpts of partner data) are
 * Hibernate Validator message parameters, never part of a template; another provider shows the
 * template's {@code {name}}s unfilled.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentRulesValidator implements
    ConstraintValidator<PassesDocumentRules, StakeholderInput> {

  /** The rules reported: the document rules (and {@code GCM-V000}) that are errors by default. */
  public static final Set<ValidationRule> RULES = errorsUnderPublication();

  /** Creates a validator; the Bean Validation provider calls it. */
  public DocumentRulesValidator() {}

  private static Set<ValidationRule> errorsUnderPublication() {
    Set<ValidationRule> rules = EnumSet.noneOf(ValidationRule.class);
    for (ValidationRule rule : ValidationRule.values()) {
      if (!rule.isConstraintRule()
          && rule.getDefaultSeverity(Profile.PUBLICATION) == Severity.ERROR) {
        rules.add(rule);
      }
    }
    return Set.copyOf(rules);
  }

  /** One rule problem found. */
  private record Found(ValidationRule rule, JsonPointer at, Map<String, String> parameters) {}

  @Override
  public boolean isValid(StakeholderInput document, ConstraintValidatorContext context) {
    if (document == null) {
      return true;
    }
    List<Found> found = new ArrayList<>();
    DocumentRules.check(document, RULES,
        (rule, at, parameters) -> found.add(new Found(rule, at, parameters)));
    if (found.isEmpty() || context == null) {
      return found.isEmpty();
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = Violations.hibernate(context);
    for (Found problem : found) {
      if (hibernate != null) {
        // the parameters of the violations added from here on (Hibernate Validator's contract)
        problem.parameters().forEach(hibernate::addMessageParameter);
      }
      List<String> tokens = problem.at().tokens();
      addAt(context.buildConstraintViolationWithTemplate(RuleMessages.template(problem.rule())), tokens,
          endsAtBean(document, tokens));
    }
    return false;
  }

  /**
   * Adds the violation at the value a pointer's tokens name: a property node per name, carrying
   * the index that precedes it (Bean Validation puts a list's index on the node after the list);
   * a pointer ending with an index ends with a bean node or a list element node.
   */
  private static void addAt(ConstraintViolationBuilder builder, List<String> tokens,
      boolean beanElement) {
    NodeBuilderCustomizableContext property = null;
    NodeBuilderDefinedContext indexed = null;
    Integer index = null;
    for (String name : tokens) {
      // the model's property names are never digits: a digit token is an index
      if (JsonPointer.isArrayIndex(name)) {
        index = Integer.valueOf(name);
        continue;
      }
      NodeBuilderCustomizableContext next = indexed != null ? indexed.addPropertyNode(name)
          : property != null ? property.addPropertyNode(name) : builder.addPropertyNode(name);
      if (index != null) {
        indexed = next.inIterable().atIndex(index);
        property = null;
      } else {
        property = next;
        indexed = null;
      }
      index = null;
    }
    if (index == null) {
      if (indexed != null) {
        indexed.addConstraintViolation();
      } else if (property != null) {
        property.addConstraintViolation();
      } else {
        builder.addConstraintViolation();
      }
    } else if (beanElement) {
      (indexed != null ? indexed.addBeanNode() : property != null ? property.addBeanNode()
          : builder.addBeanNode()).inIterable().atIndex(index).addConstraintViolation();
    } else {
      (indexed != null ? indexed.addContainerElementNode("<list element>", List.class, 0)
          : property != null ? property.addContainerElementNode("<list element>", List.class, 0)
          : builder.addContainerElementNode("<list element>", List.class, 0))
          .inIterable().atIndex(index).addConstraintViolation();
    }
  }

  /**
   * Whether the value at the tokens is a model object (a section, a recommendation), which Bean
   * Validation names by a bean node, rather than a string or catalogue value in a list.
   */
  private static boolean endsAtBean(Object document, List<String> tokens) {
    Object value = document;
    try {
      for (String token : tokens) {
        if (value == null) {
          return false;
        }
        if (JsonPointer.isArrayIndex(token)) {
          value = ((List<?>) value).get(Integer.parseInt(token));
        } else {
          value = get(value, token);
        }
        if (value instanceof Optional) {
          value = ((Optional<?>) value).orElse(null);
        }
      }
    } catch (RuntimeException | ReflectiveOperationException e) {
      return false; // a pointer the walk cannot follow: name it as a list element
    }
    return value != null && value.getClass().getPackageName().startsWith("io.github.gcmsdk.model");
  }

  private static Object get(Object bean, String property) throws ReflectiveOperationException {
    String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    Method getter;
    try {
      getter = bean.getClass().getMethod("get" + suffix);
    } catch (NoSuchMethodException e) {
      getter = bean.getClass().getMethod("is" + suffix);
    }
    return getter.invoke(bean);
  }
}
