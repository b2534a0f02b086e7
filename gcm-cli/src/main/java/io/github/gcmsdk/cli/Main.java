package io.github.gcmsdk.cli;

import io.github.gcmsdk.problem.Excerpt;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of {@code gcm}: {@code java -jar gcm.jar COMMAND [OPTIONS] PATH...}.
 *
 * <p>Output is UTF-8 whatever the platform's default encoding. A bad argument prints one line and a
 * pointer to {@code --help} and exits with status 2; an unexpected exception prints one line and
 * exits with status 3 (set the environment variable {@code GCM_DEBUG} to see its stack trace).
 */
public final class Main {

  /**
   * Hibernate Validator's logger (through JBoss Logging, java.util.logging here): held so that its
   * level stays set, since java.util.logging keeps loggers only weakly.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs {@code gcm} with the given arguments and exits with its status.
   *
   * @param args the command line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
        false);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
        true);
    // JBoss Logging (Hibernate Validator's) would pick Log4j, found on the class path for POI,
    // and load its classes on every start: java.util.logging, as without POI
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    // gcm's output is its report: not the validator's "HV000001: Hibernate Validator 9.1..." line
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    // nor Log4j's "could not find a logging provider" (POI, for spreadsheets, logs through its
    // API): its simple logger, silent
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
    int status;
    try {
      CommandLine commandLine = newCommandLine(args.length > 0 ? args[0] : "");
      commandLine.setOut(out);
      commandLine.setErr(err);
      status = commandLine.execute(args);
    } catch (OutOfMemoryError e) { // a file that runs out of memory fails alone; this is the rest
      err.println("gcm: " + InputFiles.outOfMemory());
      status = ExitCodes.USAGE;
    } catch (Error e) { // picocli hands exceptions to the handler below, but not errors
      status = internalError(e, err);
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Returns a new {@code gcm} command line, ready to {@link CommandLine#execute(String...) execute}.
   * It writes to {@link CommandLine#getOut()} and {@link CommandLine#getErr()}, which the caller
   * may replace.
   *
   * @return a new command line, not null
   */
  public static CommandLine newCommandLine() {
    return newCommandLine("");
  }

  /**
   * Returns a command line with only the subcommand named, if {@code command} names one, else with
   * all of them. Picocli inspects every subcommand it is given by reflection; inspecting only the
   * one that runs shortens start-up.
   */
  static CommandLine newCommandLine(String command) {
    CommandLine commandLine = new CommandLine(new GcmCommand());
    boolean all = !List.of("validate", "summary", "format", "schema", "import", "export",
        "template", "serve", "migrate").contains(command);
    if (all || command.equals("validate")) {
      commandLine.addSubcommand(new ValidateCommand());
    }
    if (all || command.equals("summary")) {
      commandLine.addSubcommand(new SummaryCommand());
    }
    if (all || command.equals("format")) {
      commandLine.addSubcommand(new FormatCommand());
    }
    if (all || command.equals("schema")) {
      commandLine.addSubcommand(new SchemaCommand());
    }
    if (all || command.equals("import")) {
      commandLine.addSubcommand(new ImportCommand());
    }
    if (all || command.equals("export")) {
      commandLine.addSubcommand(new ExportCommand());
    }
    if (all || command.equals("template")) {
      commandLine.addSubcommand(new TemplateCommand());
    }
    if (all || command.equals("serve")) {
      commandLine.addSubcommand(new ServeCommand());
    }
    if (all || command.equals("migrate")) {
      commandLine.addSubcommand(new MigrateCommand());
    }
    // Settings below reach the subcommands added above (picocli copies them down).
    // An argument "@list" is a file name like any other: picocli would read the file "list" and
    // take its lines as arguments, so that a file named "@x" in a directory listing (a shell
    // glob) would make "gcm format" rewrite the files that x lists.
    commandLine.setExpandAtFiles(false);
    commandLine.registerConverter(Path.class, Main::path);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> internalError(e, cmd.getErr()));
    return commandLine;
  }

  /**
   * A PATH argument as a path. The JVM decodes arguments and encodes file names in the locale's
   * charset: under the POSIX locale (LANG unset) that is ASCII, and a name such as "é.json"
   * arrives as replacement characters no file name can hold.
   */
  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      String charset = System.getProperty("sun.jnu.encoding", "");
      if (charset.isEmpty() || Charset.isSupported(charset)
          && Charset.forName(charset).equals(StandardCharsets.UTF_8)) {
        throw new TypeConversionException(
            "'" + Excerpt.escape(name) + "' is not a file name: " + Excerpt.escape(e.getReason()));
      }
      throw new TypeConversionException("'" + Excerpt.escape(name) + "' is not a file name"
          + " here: the locale's character set for file names, " + Excerpt.escape(charset)
          + ", cannot hold it (no UTF-8 locale is set: LANG, LC_CTYPE, LC_ALL); run gcm with"
          + " LC_ALL=C.UTF-8, as the gcm launcher does");
    }
  }

  private static int internalError(Throwable e, PrintWriter err) {
    err.println("gcm: internal error: " + Excerpt.escape(e.toString()));
    if (System.getenv("GCM_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("This is a bug in gcm; set GCM_DEBUG=1 to see where it happened.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    err.println(name + ": " + Excerpt.escape(message)); // it may quote any argument
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
