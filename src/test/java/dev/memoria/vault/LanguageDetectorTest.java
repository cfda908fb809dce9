package dev.memoria.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.core.Lang;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void detectsSpanishProseFullOfEnglishTechnicalTerms() {
    String body =
        """
        Un **runtime** es una librería (crate) que implementa un event loop, un scheduler y
        herramientas async. En Node.js hay un solo hilo; con Tokio los futures corren en
        varios threads del runtime y el borrow checker garantiza la seguridad.
        """;
    assertEquals(Optional.of(Lang.ES), LanguageDetector.detect(body));
  }

  @Test
  void detectsEnglishProse() {
    String body =
        """
        The stack is a region of memory that is used to store local variables and function
        call frames. It is organized in a Last-In, First-Out order.
        """;
    assertEquals(Optional.of(Lang.EN), LanguageDetector.detect(body));
  }

  @Test
  void keepsSpanishTextThatQuotesEnglishSentences() {
    String body =
        """
        La documentación de Rust lo dice así: "The stack is used to store local variables and
        function call frames, and it is freed when the function returns." Esto significa que
        las variables locales viven en la pila y que se liberan cuando la función termina.
        """;
    assertEquals(Optional.of(Lang.ES), LanguageDetector.detect(body));
  }

  @Test
  void ignoresCodeBlocksInlineCodeAndUrls() {
    String body =
        """
        La memoria del heap se libera cuando el dueño sale de scope.

        ```rust
        // This is the code: it is in English and it is long, with the words of the and to
        let s = String::from("hello"); // the string is on the heap and it is freed at the end
        ```

        Ver `the value is moved to the function` en el libro: https://doc.rust-lang.org/the/book/is/here.
        """;
    assertEquals(Optional.of(Lang.ES), LanguageDetector.detect(body));
  }

  @Test
  void fallsBackWhenThereIsTooLittleText() {
    assertEquals(Optional.empty(), LanguageDetector.detect(""));
    assertEquals(
        Optional.empty(), LanguageDetector.detect("# Stack & Heap\n\n- Box<T>\n- Vec<T>\n"));
    assertEquals(Optional.empty(), LanguageDetector.detect("The heap and the stack."));
  }

  @Test
  void doesNotCountHyphenatedEnglishPrefixesAsSpanish() {
    String body =
        "We de-allocate it when the owner is dropped, and the de-referencing of the pointer is safe.";
    assertEquals(Optional.of(Lang.EN), LanguageDetector.detect(body));
  }
}
