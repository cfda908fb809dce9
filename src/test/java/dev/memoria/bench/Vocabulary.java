package dev.memoria.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The words, headings, folders and code snippets from which notes in one language are made.
 *
 * <p>The text is word salad, but it is made mostly of the language's most common function words so
 * that language detection sees the same signal as in real prose.
 */
record Vocabulary(
    String code,
    List<String> functionWords,
    List<String> contentWords,
    List<String> technicalTerms,
    List<String> codeTerms,
    List<String> titleConcepts,
    List<String> titleContexts,
    List<String> headings,
    List<String> folders,
    List<String> tags,
    List<String> calloutTitles,
    List<List<String>> tableHeaders,
    List<String> todoTexts,
    List<String> missingNames,
    List<String> missingHeadings,
    List<String> rustSnippets,
    List<String> cSnippets,
    String seeAlso,
    String indexName) {

  Vocabulary {
    functionWords = List.copyOf(functionWords);
    contentWords = List.copyOf(contentWords);
    technicalTerms = List.copyOf(technicalTerms);
    codeTerms = List.copyOf(codeTerms);
    titleConcepts = List.copyOf(titleConcepts);
    titleContexts = List.copyOf(titleContexts);
    headings = List.copyOf(headings);
    folders = List.copyOf(folders);
    tags = List.copyOf(tags);
    calloutTitles = List.copyOf(calloutTitles);
    tableHeaders = tableHeaders.stream().map(List::copyOf).toList();
    todoTexts = List.copyOf(todoTexts);
    missingNames = List.copyOf(missingNames);
    missingHeadings = List.copyOf(missingHeadings);
    rustSnippets = List.copyOf(rustSnippets);
    cSnippets = List.copyOf(cSnippets);
  }

  /** Inline code shared by both languages: identifiers read the same in any language. */
  private static final List<String> CODE_TERMS =
      words(
          """
          Box<T> Rc<T> Arc<T> Vec<T> Option<T> Result<T,E> RefCell<T> &mut &str String drop()
          Drop Copy Clone unsafe malloc() free() realloc() calloc() memcpy() sizeof *ptr &x
          NULL size_t int* char* std::mem::swap Box::new into_iter() as_ptr() Cell<T> Mutex<T>
          """);

  static final Vocabulary SPANISH =
      new Vocabulary(
          "es",
          words(
              """
              de la que el en y a los se del las un por con no una su para es al lo como más
              pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta
              hay donde todo nos durante todos uno les ni contra otros ese eso ante ellos esto
              antes algunos qué unos otro otras otra él tanto esa estos mucho nada muchos cual
              poco ella estar estas algunas algo cada cómo dónde aquí así después luego además
              mientras aunque sino según está están son fue ser hace tiene puede debe
              """),
          words(
              """
              memoria dirección puntero valor variable función código programa compilador
              tiempo ejecución referencia préstamo dueño propietario vida alcance bloque bucle
              condición error advertencia tipo estructura campo método módulo paquete biblioteca
              archivo sistema proceso hilo tarea canal mensaje cola pila montón asignación
              liberación copia movimiento clonación regla ejemplo caso problema solución idea
              concepto parte número tamaño espacio límite índice arreglo vector cadena carácter
              dato datos resultado entrada salida usuario lectura escritura acceso seguridad
              rendimiento velocidad costo garantía comportamiento definición declaración
              expresión sentencia operador llamada retorno parámetro argumento interfaz rasgo
              implementación genérico colección mapa conjunto árbol nodo lista enlace página
              sección nota resumen pregunta respuesta razón forma manera momento vez lugar
              trabajo proyecto versión cambio prueba depuración análisis diseño patrón principio
              detalle paso orden nivel capa máquina procesador caché registro instrucción
              compilación enlazador cabecera macro constante estática global local mutable
              inmutable seguro inseguro válido inválido nuevo viejo grande pequeño rápido lento
              simple complejo claro importante necesario posible común útil distinto mismo
              propio último primero segundo siguiente anterior usa crea libera reserva mueve
              presta devuelve recibe guarda lee escribe compila ejecuta falla funciona cambia
              permite evita garantiza significa necesita parece sabemos vemos hacemos podemos
              queremos entender explicar recordar revisar comparar medir automáticamente
              difícil fácil lógica práctica teoría técnica múltiple único básico típico dinámico
              semántica sintaxis pública privada búsqueda página tamaño aún través sólo
              """),
          lines(
              """
              borrow checker
              ownership
              lifetimes
              stack
              heap
              RAII
              segfault
              buffer overflow
              use-after-free
              double free
              dangling pointer
              LLVM
              AddressSanitizer
              Valgrind
              """),
          CODE_TERMS,
          lines(
              """
              Gestión de memoria
              Ownership
              Préstamos
              Referencias mutables
              Punteros crudos
              Aritmética de punteros
              Asignación dinámica
              Liberación de memoria
              Lifetimes
              Smart pointers
              Conteo de referencias
              Mutabilidad interior
              Concurrencia
              Hilos y canales
              Closures
              Iteradores
              Traits
              Genéricos
              Macros
              Manejo de errores
              Cadenas de texto
              Vectores dinámicos
              Structs y métodos
              Enums y pattern matching
              El stack
              El heap
              Alineación de datos
              Desbordamiento de búfer
              Doble liberación
              Fugas de memoria
              Memoria compartida
              Llamadas al sistema
              Procesos e hilos
              Tipos de datos
              Módulos y visibilidad
              Compilación condicional
              """),
          lines(
              """
              en Rust
              en C
              con ejemplos
              para principiantes
              a fondo
              paso a paso
              y el compilador
              en la práctica
              frente a C
              sin miedo
              explicado
              en detalle
              """),
          lines(
              """
              Introducción
              ¿Qué es el ownership?
              ¿Por qué importa?
              Reglas básicas
              Ejemplo práctico
              Ejemplo: préstamo mutable
              Cómo funciona el borrow checker
              Memoria en el stack
              Memoria en el heap
              Punteros y direcciones
              Errores comunes
              Errores comunes (y cómo evitarlos)
              Comparación con C
              Comparación con C++
              Diferencias clave
              Casos límite
              Rendimiento
              Seguridad de memoria
              Lectura recomendada
              Resumen
              Preguntas abiertas
              Notas rápidas
              Paso 1. Reservar memoria
              Paso 2. Usar el valor
              Paso 3. Liberar
              ¡Cuidado con los dangling pointers!
              Vida útil de una referencia
              Tamaño y alineación
              Más allá de lo básico
              Definición
              Ejercicios
              Historia y contexto
              Detalles de implementación
              Qué dice la documentación
              Trucos útiles
              Depuración con Valgrind
              Qué pasa al compilar
              Conclusión
              Pendientes: lo que falta
              Fuentes
              """),
          lines(
              """
              es/rust
              es/rust/memoria
              es/rust/memoria/préstamos
              es/rust/concurrencia
              es/c
              es/c/punteros
              es/c/punteros/aritmética
              es/sistemas operativos
              es/sistemas operativos/procesos
              """),
          lines(
              """
              rust
              c
              memoria
              punteros
              rust/ownership
              rust/memoria
              c/punteros
              c/malloc
              concurrencia
              pendiente
              apuntes
              sistemas/procesos
              """),
          lines(
              """
              Importante
              Ojo
              Recordá
              Nota
              Consejo
              """),
          List.of(
              List.of("Operación", "Stack", "Heap"),
              List.of("Concepto", "Rust", "C"),
              List.of("Caso", "Resultado", "Comentario")),
          lines(
              """
              revisar este ejemplo
              completar la sección de lifetimes
              agregar diagrama de memoria
              comparar con C++
              buscar la fuente original
              """),
          lines(
              """
              Nota que no existe
              Borrador perdido
              Apunte sin escribir
              Tema pendiente
              """),
          lines(
              """
              Sección inexistente
              Apartado borrado
              Parte que falta
              """),
          List.of(
              """
              fn main() {
                  let s = String::from("hola");
                  let t = s; // el valor se mueve aquí
                  println!("{}", t);
              }""",
              """
              fn largo<'a>(x: &'a str, y: &'a str) -> &'a str {
                  // ver [[not a link]]: esto no es un enlace
                  if x.len() > y.len() { x } else { y }
              }""",
              """
              fn main() {
                  let mut v = vec![1, 2, 3];
                  let primero = &v[0];
                  v.push(4); // error: préstamo mutable e inmutable a la vez
                  println!("{}", primero);
              }""",
              """
              use std::rc::Rc;

              fn main() {
                  let a = Rc::new(5);
                  let b = Rc::clone(&a);
                  println!("cuenta = {}", Rc::strong_count(&b));
                  let texto = "[[not a link]]";
                  println!("{}", texto);
              }"""),
          List.of(
              """
              #include <stdlib.h>

              int main(void) {
                  int *p = malloc(sizeof *p);
                  *p = 42;
                  free(p);
                  return 0; /* sin fugas */
              }""",
              """
              #include <stdio.h>

              int main(void) {
                  int a[4] = {1, 2, 3, 4};
                  int *p = a + 1; // aritmética de punteros
                  printf("%d\\n", *p);
                  return 0;
              }""",
              """
              #include <string.h>

              void copiar(char *destino, const char *origen) {
                  // [[not a link]] dentro de un comentario
                  strcpy(destino, origen); /* peligro: sin límite */
              }"""),
          "Ver también",
          "Índice");

  static final Vocabulary ENGLISH =
      new Vocabulary(
          "en",
          words(
              """
              the of and to a in is it that for as with was on be by this are or from at not
              but have an they which you one all can has more will if there when so no out up
              their what about would into than them some its these could other only then also
              how our two time may like most over such after where any new each used use
              because way many well should those very here even while through both much make
              before between same another does did just still every we it's isn't
              """),
          words(
              """
              memory address pointer value variable function code program compiler runtime
              reference borrow owner lifetime scope block loop condition error warning type
              struct field method module crate library file system process thread task channel
              message queue stack heap allocation free copy move clone rule example case
              problem solution idea concept part number size space limit index array vector
              string character byte bits data result input output user read write access
              safety performance speed cost guarantee behavior definition declaration
              expression statement operator call return parameter argument interface trait
              implementation generic collection map set tree node list link page section note
              summary question answer reason moment place world work project version change
              test debugging analysis design pattern principle detail step order level layer
              machine processor cache register instruction compilation linker header macro
              constant static global local mutable immutable safe unsafe valid invalid old
              large small fast slow simple complex clear important necessary possible common
              useful different own last first second next previous makes creates frees
              reserves moves copies borrows returns receives stores reads writes compiles runs
              fails works changes allows avoids guarantees means needs seems know see
              understand explain remember review compare measure automatically difficult easy
              logic practice theory technique multiple unique basic typical dynamic semantics
              syntax public private search owned shared checked unchecked
              """),
          lines(
              """
              borrow checker
              ownership
              lifetimes
              stack
              heap
              RAII
              segfault
              buffer overflow
              use-after-free
              double free
              dangling pointer
              LLVM
              AddressSanitizer
              Valgrind
              """),
          CODE_TERMS,
          lines(
              """
              Memory management
              Ownership
              Borrowing
              Mutable references
              Raw pointers
              Pointer arithmetic
              Dynamic allocation
              Freeing memory
              Lifetimes
              Smart pointers
              Reference counting
              Interior mutability
              Concurrency
              Threads and channels
              Closures
              Iterators
              Traits
              Generics
              Macros
              Error handling
              Strings
              Growable vectors
              Structs and methods
              Enums and pattern matching
              The stack
              The heap
              Data alignment
              Buffer overflows
              Double free
              Memory leaks
              Shared memory
              System calls
              Processes and threads
              Data types
              Modules and visibility
              Conditional compilation
              """),
          lines(
              """
              in Rust
              in C
              with examples
              for beginners
              in depth
              step by step
              and the compiler
              in practice
              versus C
              without fear
              explained
              in detail
              """),
          lines(
              """
              Introduction
              What is ownership?
              Why does it matter?
              Basic rules
              A worked example
              Example: mutable borrow
              How the borrow checker works
              Memory on the stack
              Memory on the heap
              Pointers and addresses
              Common mistakes
              Common mistakes (and how to avoid them)
              Comparison with C
              Comparison with C++
              Key differences
              Edge cases
              Performance
              Memory safety
              Further reading
              Summary
              Open questions
              Quick notes
              Step 1. Allocate
              Step 2. Use the value
              Step 3. Free
              Beware of dangling pointers!
              The lifetime of a reference
              Size and alignment
              Beyond the basics
              Definition
              Exercises
              History and context
              Implementation details
              What the docs say
              Handy tricks
              Debugging with Valgrind
              What happens at compile time
              Conclusion
              To do: what is missing
              Sources
              Don't fight the compiler
              """),
          lines(
              """
              en/rust
              en/rust/memory
              en/rust/memory/borrowing
              en/rust/concurrency
              en/c
              en/c/pointers
              en/c/pointers/arithmetic
              en/operating systems
              en/operating systems/processes
              """),
          lines(
              """
              rust
              c
              memory
              pointers
              rust/ownership
              rust/memory
              c/pointers
              c/malloc
              concurrency
              todo
              study
              os/processes
              """),
          lines(
              """
              Important
              Watch out
              Remember
              Note
              Tip
              """),
          List.of(
              List.of("Operation", "Stack", "Heap"),
              List.of("Concept", "Rust", "C"),
              List.of("Case", "Result", "Comment")),
          lines(
              """
              review this example
              finish the lifetimes section
              add a memory diagram
              compare with C++
              find the original source
              """),
          lines(
              """
              Missing note
              Lost draft
              Unwritten page
              Pending topic
              """),
          lines(
              """
              Nonexistent section
              Deleted part
              Missing chapter
              """),
          List.of(
              """
              fn main() {
                  let s = String::from("hello");
                  let t = s; // the value moves here
                  println!("{}", t);
              }""",
              """
              fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
                  // see [[not a link]]: this is not a link
                  if x.len() > y.len() { x } else { y }
              }""",
              """
              fn main() {
                  let mut v = vec![1, 2, 3];
                  let first = &v[0];
                  v.push(4); // error: mutable and immutable borrow at once
                  println!("{}", first);
              }""",
              """
              use std::rc::Rc;

              fn main() {
                  let a = Rc::new(5);
                  let b = Rc::clone(&a);
                  println!("count = {}", Rc::strong_count(&b));
                  let text = "[[not a link]]";
                  println!("{}", text);
              }"""),
          List.of(
              """
              #include <stdlib.h>

              int main(void) {
                  int *p = malloc(sizeof *p);
                  *p = 42;
                  free(p);
                  return 0; /* no leaks */
              }""",
              """
              #include <stdio.h>

              int main(void) {
                  int a[4] = {1, 2, 3, 4};
                  int *p = a + 1; // pointer arithmetic
                  printf("%d\\n", *p);
                  return 0;
              }""",
              """
              #include <string.h>

              void copy(char *dst, const char *src) {
                  // [[not a link]] inside a comment
                  strcpy(dst, src); /* danger: unbounded */
              }"""),
          "See also",
          "Index");

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).toList();
  }

  private static List<String> lines(String text) {
    return text.strip().lines().map(String::strip).toList();
  }
}
