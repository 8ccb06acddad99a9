package org.hscheck.web;

import org.hscheck.HsCheckApplication;
import org.springframework.boot.SpringApplication;

/**
 * {@code hscheck serve [--spring.profiles.active=postgres] [--server.port=8080] ...}: starts the web application.
 * Options are Spring Boot properties.
 */
public final class ServeCommand {

  /** Starts the server and returns -1: the JVM keeps running until the server stops. */
  public int run(String[] args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.println("""
            Usage: hscheck serve [--spring.profiles.active=postgres] [--server.port=PORT] [--NAME=VALUE ...]
            Starts the web application (default: embedded H2 database in ./data, http://localhost:8080).
            Any Spring Boot property may be given as --NAME=VALUE; see docs/deployment.md.""");
        return 0;
      }
    }
    SpringApplication.run(HsCheckApplication.class, args);
    return -1;
  }
}
