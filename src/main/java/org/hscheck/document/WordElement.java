package org.hscheck.document;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a WordprocessingML part, held in memory only while the body element, note or style that contains it
 * is read: its local name, whether it is in the WordprocessingML namespace, that namespace's attributes, and its
 * children in order (elements, and text as {@link String}s).
 */
final class WordElement {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String[] NO_ATTRIBUTES = {};

  final String name;
  final boolean w;
  private final String[] attributes;
  private final List<Object> children = new ArrayList<>(2);

  private WordElement(XMLStreamReader r) {
    name = r.getLocalName();
    w = W.equals(r.getNamespaceURI());
    int n = w ? r.getAttributeCount() : 0;
    String[] a = NO_ATTRIBUTES;
    int used = 0;
    for (int i = 0; i < n; i++) {
      if (!W.equals(r.getAttributeNamespace(i))) continue;
      if (a == NO_ATTRIBUTES) a = new String[2 * n];
      a[used++] = r.getAttributeLocalName(i);
      a[used++] = r.getAttributeValue(i);
    }
    attributes = a;
  }

  /** True for the WordprocessingML element {@code local}. */
  boolean is(String local) {
    return w && name.equals(local);
  }

  /** The value of the WordprocessingML attribute {@code local}, or null. */
  String attribute(String local) {
    for (int i = 0; i < attributes.length && attributes[i] != null; i += 2) {
      if (attributes[i].equals(local)) return attributes[i + 1];
    }
    return null;
  }

  /** Children in document order: {@link WordElement}s and text. */
  List<Object> children() {
    return children;
  }

  /** The first WordprocessingML child element {@code local}, or null. */
  WordElement first(String local) {
    for (Object c : children) {
      if (c instanceof WordElement e && e.is(local)) return e;
    }
    return null;
  }

  /** The WordprocessingML child elements {@code local}, in order. */
  List<WordElement> all(String local) {
    List<WordElement> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof WordElement e && e.is(local)) out.add(e);
    }
    return out;
  }

  /** The text directly inside this element. */
  String text() {
    if (children.size() == 1 && children.get(0) instanceof String s) return s;
    StringBuilder sb = new StringBuilder();
    for (Object c : children) {
      if (c instanceof String s) sb.append(s);
    }
    return sb.toString();
  }

  /**
   * An integer attribute value as XML Schema reads it (surrounding white space and a leading {@code +} allowed);
   * null when absent.
   *
   * @throws IllegalArgumentException when the value is not an integer
   */
  static BigInteger integer(String v) {
    if (v == null) return null;
    String s = v.strip();
    try {
      return new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid integer value: " + v, e);
    }
  }

  /** An on/off value: true for "true", "on", "x" (any case) and "1"; false for anything else or null. */
  static boolean onOff(String v) {
    if (v == null) return false;
    String s = v.strip();
    return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("on") || s.equalsIgnoreCase("x") || s.equals("1");
  }

  /** An on/off property element ({@code w:b}, {@code w:caps}...): on when present without a value, or set on. */
  static boolean isOn(WordElement e) {
    return e != null && (e.attribute("val") == null || onOff(e.attribute("val")));
  }

  /** Builds elements from StAX events, one outermost element at a time. */
  static final class Builder {
    private final ArrayDeque<WordElement> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();

    /** True while an element is being built. */
    boolean building() {
      return !open.isEmpty();
    }

    /** At a START_ELEMENT: opens an element, as the outermost one or as a child of the open one. */
    void start(XMLStreamReader r) {
      flush();
      WordElement e = new WordElement(r);
      if (!open.isEmpty()) open.peek().children.add(e);
      open.push(e);
    }

    /** At an END_ELEMENT: closes the open element; returns it when it is the outermost one, else null. */
    WordElement end() {
      flush();
      WordElement e = open.pop();
      return open.isEmpty() ? e : null;
    }

    /** At CHARACTERS: the text joins the open element. */
    void text(XMLStreamReader r) {
      text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    private void flush() {
      if (text.isEmpty()) return;
      if (!open.isEmpty()) open.peek().children.add(text.toString());
      text.setLength(0);
    }
  }
}
