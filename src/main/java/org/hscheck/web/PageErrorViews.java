package org.hscheck.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for failures that happen before any controller runs (in a filter, e.g. an upload over the size
 * limit refused while the request's parameters are read): the same page and codes as {@link ErrorAdvice}.
 */
@Component
class PageErrorViews implements ErrorViewResolver {
  private final String maxFileSize;

  PageErrorViews(@Value("${spring.servlet.multipart.max-file-size}") String maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Map<String, Object> m = new HashMap<>(model);
    m.put("status", status.value());
    m.put("title", status.getReasonPhrase());
    m.put("me", CurrentUserAdvice.current());
    switch (status) {
      case CONTENT_TOO_LARGE -> {
        m.put("code", "TOO_LARGE");
        m.put("detail", "The upload is too large: each file may be at most " + maxFileSize + ".");
      }
      case NOT_FOUND -> {
        m.put("code", "NOT_FOUND");
        m.put("detail", "Nothing is at this address.");
      }
      case FORBIDDEN -> {
        m.put("code", "FORBIDDEN");
        m.put("detail", "You may not see or change this (or your session expired: sign in again).");
      }
      default -> {
        m.put("code", status.is4xxClientError() ? "INVALID_REQUEST" : "INTERNAL_ERROR");
        m.put("detail", "The request could not be served.");
      }
    }
    return new ModelAndView("error", m, status);
  }
}
