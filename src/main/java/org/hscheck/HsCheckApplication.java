package org.hscheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web application. Spring scans only the edge packages; the core (document, extract, rules, report, check, cli)
 * stays free of Spring.
 */
@SpringBootApplication(scanBasePackages = {"org.hscheck.web", "org.hscheck.security", "org.hscheck.submission",
    "org.hscheck.screening", "org.hscheck.review", "org.hscheck.admin"})
@ConfigurationPropertiesScan(basePackages = {"org.hscheck.web", "org.hscheck.security", "org.hscheck.submission",
    "org.hscheck.screening", "org.hscheck.review", "org.hscheck.admin"})
public class HsCheckApplication {

  /** Starts the application; {@code mvn spring-boot:run} and the {@code serve} command end up here. */
  public static void main(String[] args) {
    SpringApplication.run(HsCheckApplication.class, args);
  }
}
