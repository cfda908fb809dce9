package dev.memoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.cli.Main;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stage runs in parallel (notes are parsed, scenarios simulated and pages rendered on every
 * core), so two threads may be the first to touch the same classes. An interface with a default
 * method is initialised whenever one of its implementations is; if it also holds constants that
 * create implementations, its initialisation and theirs wait for each other, and the build hangs.
 * That happened once (rust/types/Type); no interface may do it again.
 */
class ClassInitialisationTest {

  @Test
  void noInterfaceWithDefaultMethodsHoldsConstantsThatNeedInitialisation()
      throws IOException, URISyntaxException, ClassNotFoundException {
    List<String> offenders = new ArrayList<>();
    List<Class<?>> interfaces = memoriaInterfaces();
    for (Class<?> type : interfaces) {
      boolean hasDefault = Arrays.stream(type.getDeclaredMethods()).anyMatch(Method::isDefault);
      List<String> constants =
          Arrays.stream(type.getDeclaredFields())
              .filter(field -> Modifier.isStatic(field.getModifiers()))
              .filter(field -> !field.getType().isPrimitive() && field.getType() != String.class)
              .map(Field::getName)
              .toList();
      if (hasDefault && !constants.isEmpty()) {
        offenders.add(type.getName() + " " + constants);
      }
    }
    // The scan must have found Memoria's interfaces, or it proves nothing.
    assertTrue(
        interfaces.stream().anyMatch(type -> type.getSimpleName().equals("Type")),
        "rust/types/Type was not found among " + interfaces);
    assertEquals(
        List.of(),
        offenders,
        "interfaces with default methods and object constants (move the constants to a class)");
  }

  /** Every interface compiled into Memoria's packages, loaded without initialising it. */
  private static List<Class<?>> memoriaInterfaces()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve("dev/memoria");
    List<Class<?>> interfaces = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type =
            Class.forName(
                name.substring(0, name.length() - ".class".length()),
                false,
                ClassInitialisationTest.class.getClassLoader());
        if (type.isInterface() && !type.isAnnotation()) {
          interfaces.add(type);
        }
      }
    }
    return interfaces;
  }
}
