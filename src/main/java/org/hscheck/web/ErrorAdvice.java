package org.hscheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hscheck.document.DocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures into RFC 9457 problem details with a {@code code} for the API ({@code /api/**}) and into the error
 * page for the pages. Applies to every controller, and to uploads refused before any controller ran.
 */
@ControllerAdvice
class ErrorAdvice {
  private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);
  private final ProblemResponses problems;
  private final String maxFileSize;

  ErrorAdvice(ProblemResponses problems,
              @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size}") String maxFileSize) {
    this.problems = problems;
    this.maxFileSize = maxFileSize;
  }

  @ExceptionHandler(ProblemException.class)
  Object problem(ProblemException e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, e.status(), e.code(), e.getMessage());
  }

  @ExceptionHandler(DocumentException.class)
  Object document(DocumentException e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, HttpStatus.UNPROCESSABLE_CONTENT, e.code().name(), e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, HttpStatus.CONTENT_TOO_LARGE, "TOO_LARGE",
        "The upload is too large: each file may be at most " + maxFileSize + ".");
  }

  @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class,
      MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
      IllegalArgumentException.class})
  Object invalid(Exception e, HttpServletRequest req, HttpServletResponse res) {
    String detail;
    if (e instanceof MissingServletRequestPartException m) {
      detail = "The request has no part named '" + m.getRequestPartName() + "'.";
    } else if (e instanceof MissingServletRequestParameterException m) {
      detail = "The request has no parameter '" + m.getParameterName() + "'.";
    } else if (e instanceof MethodArgumentTypeMismatchException m) {
      detail = "'" + m.getValue() + "' is not a valid " + m.getName() + ".";
    } else {
      detail = e.getMessage() == null ? "The request is not valid." : e.getMessage();
    }
    return answer(req, res, HttpStatus.BAD_REQUEST, "INVALID_REQUEST", detail);
  }

  @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
  Object unreadable(Exception e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
        "The request body is not valid JSON of the expected shape (see /v3/api-docs).");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, HttpStatus.METHOD_NOT_ALLOWED, "INVALID_REQUEST",
        req.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods() + ".");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(NoResourceFoundException e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, HttpStatus.NOT_FOUND, "NOT_FOUND", "Nothing is at " + req.getRequestURI() + ".");
  }

  @ExceptionHandler(AccessDeniedException.class)
  Object denied(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res) {
    return answer(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN", "You may not see or change this.");
  }

  @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
  Object framework(org.springframework.web.ErrorResponseException e, HttpServletRequest req, HttpServletResponse res) {
    HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
    String code = status == HttpStatus.NOT_FOUND ? "NOT_FOUND"
        : status == HttpStatus.FORBIDDEN ? "FORBIDDEN" : status.is4xxClientError() ? "INVALID_REQUEST" : "INTERNAL_ERROR";
    String detail = e.getBody().getDetail() != null ? e.getBody().getDetail() : status.getReasonPhrase();
    return answer(req, res, status, code, detail);
  }

  /** A failure nobody foresaw: logged with a reference (and no document text), answered without internals. */
  @ExceptionHandler(RuntimeException.class)
  Object unexpected(RuntimeException e, HttpServletRequest req, HttpServletResponse res) {
    String ref = java.util.UUID.randomUUID().toString().substring(0, 8);
    log.error("{} {} failed unexpectedly (reference {})", req.getMethod(), req.getRequestURI(), ref, e);
    return answer(req, res, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
        "The request failed unexpectedly; the error is logged under reference " + ref + ".");
  }

  private Object answer(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String code, String detail) {
    if (isApi(req)) {
      ProblemDetail p = problems.problem(req, status, code, detail);
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
    res.setStatus(status.value());
    ModelAndView mav = new ModelAndView("error", status);
    mav.addObject("status", status.value());
    mav.addObject("title", status.getReasonPhrase());
    mav.addObject("code", code);
    mav.addObject("detail", detail);
    mav.addObject("me", CurrentUserAdvice.current());
    return mav;
  }

  static boolean isApi(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.startsWith("/api/");
  }
}
