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
  /** Token to the page a submitted pre-check went to, for a second click on its submit button. */
  private static final String SUBMITTED = ATTRIBUTE + ".submitted";
  static final int KEPT = 3;

  /** Keeps a new pre-check in the session and returns it. */
  static Precheck keep(HttpSession session, String fileName, byte[] content, Report report) {
    Precheck p = new Precheck(UUID.randomUUID().toString(), fileName, content, report);
    synchronized (session) {
      Map<String, Precheck> kept = kept(session);
      if (kept == null) {
        kept = new LinkedHashMap<>();
      }
      kept.put(p.token(), p);
      keepNewest(kept);
      session.setAttribute(ATTRIBUTE, kept);
    }
    return p;
  }

  /** A pre-check of this session. */
  static Optional<Precheck> find(HttpSession session, String token) {
    synchronized (session) {
      Map<String, Precheck> kept = kept(session);
      return Optional.ofNullable(kept == null ? null : kept.get(token));
    }
  }

  /**
   * Takes a pre-check out of the session to submit it, so that a second click on its submit button cannot store it
   * twice; until {@link #submitted} says where it went, {@link #submittedTo} answers with the list of submissions.
   */
  static Optional<Precheck> take(HttpSession session, String token) {
    synchronized (session) {
      Map<String, Precheck> kept = kept(session);
      Precheck p = kept == null ? null : kept.remove(token);
      if (p != null) {
        remember(session, token, "/submissions");
      }
      return Optional.ofNullable(p);
    }
  }

  /** Puts back a pre-check whose submission failed, so that the applicant can submit it again. */
  static void putBack(HttpSession session, Precheck p) {
    synchronized (session) {
      Map<String, Precheck> kept = kept(session);
      if (kept == null) {
        kept = new LinkedHashMap<>();
        session.setAttribute(ATTRIBUTE, kept);
      }
      kept.put(p.token(), p);
      keepNewest(kept);
      Map<String, String> done = submittedMap(session);
      if (done != null) {
        done.remove(p.token());
      }
    }
  }

  /** Records the page of the submission a taken pre-check went to. */
  static void submitted(HttpSession session, String token, String path) {
    synchronized (session) {
      remember(session, token, path);
    }
  }

  /** Where a pre-check taken from this session went (the submission, or the list while it is being stored). */
  static Optional<String> submittedTo(HttpSession session, String token) {
    synchronized (session) {
      Map<String, String> done = submittedMap(session);
      return Optional.ofNullable(done == null ? null : done.get(token));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Precheck> kept(HttpSession session) {
    return (Map<String, Precheck>) session.getAttribute(ATTRIBUTE);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> submittedMap(HttpSession session) {
    return (Map<String, String>) session.getAttribute(SUBMITTED);
  }

  private static void remember(HttpSession session, String token, String path) {
    Map<String, String> done = submittedMap(session);
    if (done == null) {
      done = new LinkedHashMap<>();
    }
    done.put(token, path);
    keepNewest(done);
    session.setAttribute(SUBMITTED, done);
  }

  /** Drops the oldest entries of an insertion-ordered map beyond {@link #KEPT}. */
  private static void keepNewest(Map<String, ?> map) {
    while (map.size() > KEPT) {
      map.remove(map.keySet().iterator().next());
    }
  }
}
