/**
 * The {@code gcm} command line: {@code validate}, {@code summary}, {@code format} and
 * {@code schema}, built with picocli.
 *
 * <p>{@link io.github.gcmsdk.cli.Main} is the entry point of the executable jar; its
 * {@link io.github.gcmsdk.cli.Main#newCommandLine()} gives a configured
 * {@link picocli.CommandLine} to run the commands in-process (tests do so).
 *
 * <p>Exit status, for every command: {@code 0} success; {@code 1} the data has problems (a file
 * with an error, a file that is not canonical); {@code 2} a usage or I/O error (a bad option, a
 * missing file); {@code 3} an internal error (a bug: please report it).
 *
 * <p>Start-up is kept short: nothing is built before a command needs it, and only
 * {@code validate} builds the Bean Validation factory.
 */
package io.github.gcmsdk.cli;
