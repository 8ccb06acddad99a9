package org.hscheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with a {@code code} property, also for filters that answer before MVC. */
@Component
public class ProblemResponses {
  private final JsonMapper json = JsonMapper.builder().build();

  /** A problem with status, code and detail for the request's path. */
  public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(status.getReasonPhrase());
    p.setType(URI.create("https://hscheck.example/problems/" + code.toLowerCase().replace('_', '-')));
    p.setInstance(URI.create(request.getRequestURI()));
    p.setProperty("code", code);
    return p;
  }

  /** Writes a problem as {@code application/problem+json} directly to the response. */
  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                    String detail) throws IOException {
    ProblemDetail p = problem(request, status, code, detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"hscheck\"");
    }
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("type", p.getType().toString());
    body.put("title", p.getTitle());
    body.put("status", p.getStatus());
    body.put("detail", p.getDetail());
    body.put("instance", p.getInstance().toString());
    body.put("code", code);
    json.writeValue(response.getOutputStream(), body);
  }
}
