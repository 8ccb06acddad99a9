package org.hscheck.extract;

import org.hscheck.document.Location;

/** A quote from the document and where it is. */
public record Evidence(String quote, Location location) {}
