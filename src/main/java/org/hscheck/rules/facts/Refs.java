package org.hscheck.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hscheck.extract.Evidence;
import org.hscheck.report.EvidenceRef;

/** Converts extractor evidence into report evidence. */
final class Refs {
  private Refs() {}

  static EvidenceRef of(Evidence e) {
    if (e == null) return null;
    var loc = e.location();
    String quote = e.quote() == null ? "" : e.quote();
    return loc == null ? new EvidenceRef(quote, null, "", -1) : new EvidenceRef(quote, loc.page(), loc.section(), loc.block());
  }

  static List<EvidenceRef> of(List<Evidence> list) {
    List<EvidenceRef> out = new ArrayList<>();
    if (list != null) list.stream().map(Refs::of).filter(Objects::nonNull).forEach(out::add);
    return List.copyOf(out);
  }

  static List<EvidenceRef> one(Evidence e) {
    EvidenceRef r = of(e);
    return r == null ? List.of() : List.of(r);
  }
}
