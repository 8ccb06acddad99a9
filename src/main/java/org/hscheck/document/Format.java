package org.hscheck.document;

/** The file formats HSCheck reads. */
public enum Format { DOCX, DOC, PDF }
