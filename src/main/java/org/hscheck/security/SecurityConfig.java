package org.hscheck.security;

import org.hscheck.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the REST API ({@code /api/**}) and actuator ({@code /actuator/**}) with HTTP Basic, stateless, no CSRF (no cookies), problem-details
 * errors; the pages with form login and CSRF protection. Paths are guarded per role here; ownership of a submission
 * is checked where it is read.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
    http.securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .requestMatchers("/api/admin/**").hasRole("ADMIN")
            .requestMatchers("/api/reviews/**").hasAnyRole("REVIEWER", "ADMIN")
            .requestMatchers("/api/calls/**").hasAnyRole("SECRETARIAT", "ADMIN")
            .anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
            problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Sign in with HTTP Basic credentials.")))
        .exceptionHandling(x -> x
            .authenticationEntryPoint((req, res, e) ->
                problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Sign in with HTTP Basic credentials."))
            .accessDeniedHandler((req, res, e) ->
                problems.write(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not use " + req.getRequestURI() + ".")))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll()
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
            .requestMatchers("/admin/**").hasRole("ADMIN")
            .requestMatchers("/review/**").hasAnyRole("REVIEWER", "ADMIN")
            .requestMatchers("/calls/**").hasAnyRole("SECRETARIAT", "ADMIN")
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/home", true).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
    return http.build();
  }
}
