package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Attendance;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.model.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of a {@link Review}, as a document records it: a consultation, a hearing, the
 * intergovernmental meeting, a side event, with its dates and a venue or "virtual" (format 2.0).
 *
 * <p>The catalogue's {@link io.github.gcmsdk.catalog.ReviewEvent} lists the events of the reviews
 * the library knows; this type lets any document record its own, known to the catalogue or not.
 */
@Value.Immutable
public interface Event extends Extensible, WithEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the event is.
   *
   * @return the kind
   */
  EventKind getKind();

  /**
   * Returns the event's title, as its organisers name it.
   *
   * @return the title, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getTitle();

  /**
   * Returns when the event took place, a single day or several.
   *
   * @return the dates, if given
   */
  Optional<@Valid DateRange> getDates();

  /**
   * Returns where the event took place ("Bangkok", "United Nations Conference Centre").
   *
   * @return the venue, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getVenue();

  /**
   * Returns how people attended: in person, or virtually.
   *
   * @return the attendance, if given
   */
  Optional<Attendance> getAttendance();

  /**
   * Returns the document symbols of the event's documents ("ESCAP/GCM/2021/1").
   *
   * @return the symbols, in the order given
   */
  List<@Text(max = Text.LINE_MAX, multiline = false) String> getSymbols();

  /** Builds {@link Event} values; not thread-safe. */
  final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
