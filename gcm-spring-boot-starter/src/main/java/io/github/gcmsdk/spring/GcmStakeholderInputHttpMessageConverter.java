package io.github.gcmsdk.spring;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.validation.GcmValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads and writes {@link StakeholderInput} bodies ({@code application/json} and {@code
 * application/*+json}) with gcm-io instead of the application's JSON mapper: every problem of the
 * document, located by line and column, within gcm-io's read limits.
 *
 * <p><b>Size first.</b> A body whose {@code Content-Length} is over {@code
 * gcm.limits.max-document-size} is refused (413) before a byte of it is read; a body without one
 * (chunked) is read through a count that stops one byte past the limit. Either way no more than
 * the limit is ever held.
 *
 * <p><b>Problems.</b> A document with reading errors is refused (400) with the problems {@code
 * gcm validate} reports for the same bytes: the configured {@link GcmValidator} reads it again and
 * runs the rules on what could be built. A document read without errors goes to the controller,
 * where {@code @Valid} runs the constraints and the document rules ({@code @PassesDocumentRules});
 * the result of the read stays in the request ({@link #readResult()}) so that {@link
 * GcmValidationProblemDetailsAdvice} can locate those violations by line and column too.
 *
 * <p>Thread-safe.
 */
public class GcmStakeholderInputHttpMessageConverter
    extends AbstractHttpMessageConverter<StakeholderInput> {

  /** The request attribute holding the {@link ReadResult} of the body read. */
  public static final String READ_RESULT_ATTRIBUTE =
      GcmStakeholderInputHttpMessageConverter.class.getName() + ".READ_RESULT";

  private final GcmJson json;
  private final GcmValidator validator;

  /**
   * Creates a converter.
   *
   * @param json the reader and writer, whose limits bound request bodies, not null
   * @param validator the validator whose report answers a document with reading errors, not null
   */
  public GcmStakeholderInputHttpMessageConverter(GcmJson json, GcmValidator validator) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Returns the result of reading the current request's body, if this converter read it.
   *
   * @return the read result, or empty outside a request or before the body was read
   */
  public static Optional<ReadResult<StakeholderInput>> readResult() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes == null) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    ReadResult<StakeholderInput> result = (ReadResult<StakeholderInput>) attributes.getAttribute(
        READ_RESULT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return Optional.ofNullable(result);
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return StakeholderInput.class.isAssignableFrom(clazz);
  }

  @Override
  protected StakeholderInput readInternal(Class<? extends StakeholderInput> clazz,
      HttpInputMessage input) throws IOException {
    long max = json.getLimits().getMaxDocumentSize();
    long declared = input.getHeaders().getContentLength();
    if (declared > max) {
      throw GcmDocumentRejectedException.tooLarge(max, json.getLocale());
    }
    byte[] bytes = readAtMost(input.getBody(), max);
    ReadResult<StakeholderInput> result = json.read(bytes);
    if (!result.isValid() || result.getDocument().isEmpty()) {
      throw GcmDocumentRejectedException.invalid(validator.validate(bytes));
    }
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null) {
      attributes.setAttribute(READ_RESULT_ATTRIBUTE, result, RequestAttributes.SCOPE_REQUEST);
    }
    return result.getDocument().get();
  }

  /** The whole body, or a 413 as soon as it is longer than {@code max}. */
  private byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > max) {
        throw GcmDocumentRejectedException.tooLarge(max, json.getLocale());
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @Override
  protected void writeInternal(StakeholderInput document, HttpOutputMessage output)
      throws IOException {
    json.write(document, output.getBody());
  }
}
