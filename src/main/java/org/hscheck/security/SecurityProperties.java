package org.hscheck.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings.
 *
 * @param demoUsers whether the documented demo users (applicant/applicant, ...) may sign in
 */
@ConfigurationProperties(prefix = "hscheck")
record SecurityProperties(boolean demoUsers) {}
