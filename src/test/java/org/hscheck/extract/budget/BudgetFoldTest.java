package org.hscheck.extract.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BudgetFoldTest {
  @Test
  void eachCharacterFoldsAsTheExactFoldingFoldsIt() {
    for (char c = 0; c < 0x3000; c++) {
      if (Character.isSurrogate(c)) continue;
      String s = String.valueOf(c);
      assertEquals(BudgetExtractor.foldExactly(s), BudgetExtractor.fold(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
    }
  }

  @Test
  void textFoldsAsTheExactFoldingFoldsIt() {
    String alphabet = "aZéÉèçÇñÑüÜßøÅİıǅŉ-–—’“”€$ \u00a0\u2009\u2000.,0123456789ΣσςΑ\u0301\u0308ǖ";
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      char[] text = new char[random.nextInt(16)];
      for (int j = 0; j < text.length; j++) text[j] = alphabet.charAt(random.nextInt(alphabet.length()));
      String s = new String(text);
      assertEquals(BudgetExtractor.foldExactly(s), BudgetExtractor.fold(s), s);
    }
    assertEquals("cout total   resume", BudgetExtractor.fold("Coût Total – Résumé"));
  }
}
