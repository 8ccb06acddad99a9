package org.hscheck.screening;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The job queue over the application's database. */
@Configuration
class ScreeningConfig {

  @Bean
  JobQueue jobQueue(JdbcClient jdbc, PlatformTransactionManager transactions, ScreeningProperties properties) {
    return new JobQueue(jdbc, new TransactionTemplate(transactions), Clock.systemUTC(), properties.lease(),
        properties.maxAttempts());
  }
}
