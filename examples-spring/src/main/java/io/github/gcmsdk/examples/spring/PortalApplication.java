package io.github.gcmsdk.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A partner portal: partners POST stakeholder input to {@code /documents}; the portal validates
 * it (gcm-spring-boot-starter), keeps it in memory and answers the coverage of what it holds at
 * {@code /coverage}. Run it with {@code mvn -pl examples-spring spring-boot:run}.
 */
@SpringBootApplication
public class PortalApplication {

  /** Creates the application; Spring calls it. */
  public PortalApplication() {}

  /**
   * Starts the portal.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
