package org.hscheck.security;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts: the demo users (when {@code hscheck.demo-users} is true) and the rows of {@code app_user}.
 * A demo user's name shadows a table row of the same name only while demo users are on.
 */
@Service
class AccountService implements UserDetailsService {
  /** The documented demo users: name = password. */
  static final Map<String, Role> DEMO_USERS = Map.of(
      "applicant", Role.APPLICANT, "applicant2", Role.APPLICANT, "secretariat", Role.SECRETARIAT,
      "reviewer", Role.REVIEWER, "admin", Role.ADMIN);

  private final JdbcClient jdbc;
  private final Map<String, UserDetails> demo;

  AccountService(JdbcClient jdbc, PasswordEncoder encoder, SecurityProperties properties) {
    this.jdbc = jdbc;
    this.demo = properties.demoUsers()
        ? DEMO_USERS.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
            e -> User.withUsername(e.getKey()).password(encoder.encode(e.getKey()))
                .authorities(e.getValue().authority()).build()))
        : Map.of();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserDetails d = demo.get(username);
    if (d != null) {
      return User.withUserDetails(d).build();
    }
    List<UserDetails> rows = jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?")
        .param(username)
        .query((rs, i) -> User.withUsername(rs.getString("username"))
            .password(rs.getString("password_hash"))
            .authorities(List.of(new SimpleGrantedAuthority(Role.valueOf(rs.getString("role")).authority())))
            .disabled(!rs.getBoolean("enabled"))
            .build())
        .list();
    if (rows.isEmpty()) {
      throw new UsernameNotFoundException("no account named " + username);
    }
    return rows.get(0);
  }
}
