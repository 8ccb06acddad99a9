package org.hscheck.submission;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.report.Report;

/**
 * A pre-check kept only in the user's session (never in the database or file store) so that the report page can
 * offer its downloads and the applicant can choose to submit it. The session keeps the last few.
 *
 * @param token the id in the page's links
 */
record Precheck(String token, String fileName, byte[] content, Report report) {
  private static final String ATTRIBUTE = Precheck.class.getName();
  static final int KEPT = 3;

  /** Keeps a new pre-check in the session and returns it. */
  @SuppressWarnings("unchecked")
  static Precheck keep(HttpSession session, String fileName, byte[] content, Report report) {
    Precheck p = new Precheck(UUID.randomUUID().toString(), fileName, content, report);
    synchronized (session) {
      Map<String, Precheck> kept = (Map<String, Precheck>) session.getAttribute(ATTRIBUTE);
      if (kept == null) {
        kept = new LinkedHashMap<>();
      }
      kept.put(p.token(), p);
      while (kept.size() > KEPT) {
        kept.remove(kept.keySet().iterator().next());
      }
      session.setAttribute(ATTRIBUTE, kept);
    }
    return p;
  }

  /** A pre-check of this session. */
  @SuppressWarnings("unchecked")
  static Optional<Precheck> find(HttpSession session, String token) {
    synchronized (session) {
      Map<String, Precheck> kept = (Map<String, Precheck>) session.getAttribute(ATTRIBUTE);
      return Optional.ofNullable(kept == null ? null : kept.get(token));
    }
  }

  /** Forgets a pre-check (after it was submitted). */
  @SuppressWarnings("unchecked")
  static void forget(HttpSession session, String token) {
    synchronized (session) {
      Map<String, Precheck> kept = (Map<String, Precheck>) session.getAttribute(ATTRIBUTE);
      if (kept != null) {
        kept.remove(token);
      }
    }
  }
}
