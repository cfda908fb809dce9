package dev.memoria.simulator.rust.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Program;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.Simulator;
import dev.memoria.simulator.trace.Block;
import dev.memoria.simulator.trace.BlockState;
import dev.memoria.simulator.trace.Event;
import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Frame;
import dev.memoria.simulator.trace.FrameState;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Slot;
import dev.memoria.simulator.trace.SlotState;
import dev.memoria.simulator.trace.Step;
import dev.memoria.simulator.trace.ThreadState;
import dev.memoria.simulator.trace.Value;
import dev.memoria.simulator.trace.When;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Programs whose stdout, exit status and panics were checked with {@code rustc --edition 2021}
 * (1.95), and whose recorded steps show the memory the books draw.
 */
class RustInterpreterTest {

  private static Simulation run(String source) {
    return run(source, Limits.DEFAULT);
  }

  private static Simulation run(String source, Limits limits) {
    return new Simulator(limits).run(new Program("test.rs", Dialect.RUST, source));
  }

  private static Step marked(Simulation sim, int line) {
    return sim.trace().steps().stream()
        .filter(s -> s.marked() && s.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no marked step at line " + line));
  }

  private static Slot slot(Step step, String name) {
    for (ThreadState thread : step.snapshot().threads()) {
      for (Frame frame : thread.frames()) {
        for (Slot slot : frame.slots()) {
          if (slot.name().equals(name)) {
            return slot;
          }
        }
      }
    }
    throw new AssertionError("no slot " + name);
  }

  private static Block block(Step step, String id) {
    return step.snapshot().blocks().stream()
        .filter(b -> b.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block " + id));
  }

  private static boolean hasEvent(Step step, EventKind kind, String subject) {
    return step.events().stream().anyMatch(e -> e.kind() == kind && e.subject().equals(subject));
  }

  private static String field(Value value, String name) {
    for (Value.Field f : ((Value.Composite) value).fields()) {
      if (f.name().equals(name)) {
        return f.value() instanceof Value.Scalar s ? s.text() : f.value().toString();
      }
    }
    throw new AssertionError("no field " + name);
  }

  private static void assertOk(Simulation sim, String stdout) {
    assertEquals(Outcome.OK, sim.verdict().outcome(), () -> sim.verdict().toString());
    assertEquals(stdout, sim.verdict().stdout());
    assertEquals(0, sim.verdict().exit().getAsInt());
  }

  private static void assertPanic(Simulation sim, String stdout, int line, String message) {
    assertEquals(Outcome.RUNTIME_ERROR, sim.verdict().outcome(), () -> sim.verdict().toString());
    assertEquals(stdout, sim.verdict().stdout());
    assertEquals(101, sim.verdict().exit().getAsInt());
    Fault fault = sim.verdict().fault().orElseThrow();
    assertEquals(FaultKind.PANIC, fault.kind());
    assertEquals(line, fault.at().line());
    assertEquals(message, fault.message());
  }

  @Test
  void movingAStringLeavesTheSourceMovedAndTheBufferWithItsNewOwner() {
    Simulation sim =
        run(
            """
            fn main() {
                let s1 = String::from("hola"); // @show: s1 es dueño del buffer "hola"
                let s2 = s1;                   // @show
                println!("{s2}");
            }                                  // @show: drop(s2) libera el buffer
            """);
    assertOk(sim, "hola\n");

    Step first = marked(sim, 2);
    assertEquals(Optional.of("s1 es dueño del buffer \"hola\""), first.caption());
    Slot s1 = slot(first, "s1");
    assertEquals("T0/F0/s1", s1.path());
    assertEquals("String", s1.type());
    assertEquals(24, s1.size());
    assertEquals("4", field(s1.value(), "len"));
    assertEquals("4", field(s1.value(), "cap"));
    Block h1 = block(first, "H1");
    assertEquals(4, h1.size());
    assertEquals(Optional.of("s1"), h1.owner());
    assertEquals(new Value.Text("hola", 0, false), h1.contents());

    Step moved = marked(sim, 3);
    assertEquals(SlotState.MOVED, slot(moved, "s1").state());
    assertEquals(Optional.of("s2"), slot(moved, "s1").movedTo());
    assertEquals(SlotState.LIVE, slot(moved, "s2").state());
    assertEquals(Optional.of("s2"), block(moved, "H1").owner());
    Event move = moved.events().get(0);
    assertEquals(EventKind.MOVE, move.kind());
    assertEquals("s1", move.subject());
    assertEquals(Optional.of("s2"), move.other());

    Step end = marked(sim, 5);
    assertTrue(hasEvent(end, EventKind.DROP, "s2"));
    Event free =
        end.events().stream().filter(e -> e.kind() == EventKind.FREE).findFirst().orElseThrow();
    assertEquals(Optional.of("H1"), free.block());
    assertEquals(4, free.bytes());
    assertEquals("String", free.type());
    assertFalse(hasEvent(end, EventKind.DROP, "s1"), "a moved binding is not dropped");
    assertEquals(BlockState.FREED, block(end, "H1").state());
    assertEquals(SlotState.DROPPED, slot(end, "s2").state());
  }

  @Test
  void boxDropRunsDropImplThenFreesTheBlockAtTheClosingBrace() {
    Simulation sim =
        run(
            """
            struct Punto {
                x: i32,
                y: i32,
            }

            impl Drop for Punto {
                fn drop(&mut self) {
                    println!("drop Punto({}, {})", self.x, self.y);
                }
            }

            fn main() {
                let a = 1;                                   // @show
                {
                    let b = Box::new(Punto { x: 3, y: 4 });  // @show
                    println!("{}", b.x + a);
                }                                            // @show
                println!("fin");                             // @show
            }
            """);
    assertOk(sim, "4\ndrop Punto(3, 4)\nfin\n");

    Step boxed = marked(sim, 15);
    Slot b = slot(boxed, "b");
    assertEquals("Box<Punto>", b.type());
    assertEquals(8, b.size());
    assertEquals(1, b.scope());
    Value.Pointer ptr = (Value.Pointer) b.value();
    assertEquals(Value.PointerKind.OWNER, ptr.kind());
    assertEquals("H1", ptr.target().orElseThrow().id());
    Block h1 = block(boxed, "H1");
    assertEquals("Box<Punto>", h1.kind());
    assertEquals(8, h1.size());
    assertEquals("3", field(h1.contents(), "x"));

    Step closed = marked(sim, 17);
    assertEquals("4\ndrop Punto(3, 4)\n", closed.snapshot().stdout());
    List<Step> steps = sim.trace().steps();
    List<EventKind> kinds =
        steps.subList(steps.indexOf(boxed) + 1, steps.indexOf(closed) + 1).stream()
            .flatMap(s -> s.events().stream())
            .map(Event::kind)
            .toList();
    assertTrue(
        kinds.indexOf(EventKind.DROP) < kinds.indexOf(EventKind.CALL)
            && kinds.indexOf(EventKind.CALL) < kinds.indexOf(EventKind.FREE),
        kinds.toString());
    assertEquals(BlockState.FREED, block(closed, "H1").state());
    List<Frame> frames = closed.snapshot().threads().get(0).frames();
    assertEquals("drop", frames.get(frames.size() - 1).function());
    assertEquals(FrameState.RETURNED, frames.get(frames.size() - 1).state());

    Step after = marked(sim, 18);
    assertTrue(after.snapshot().blocks().stream().noneMatch(x -> x.id().equals("H1")));
    assertEquals(1, after.snapshot().threads().get(0).frames().get(0).slots().size());
  }

  @Test
  void dropsInRustcOrderForShadowingFieldsParametersTemporariesAndVecElements() {
    Simulation sim =
        run(
            """
            struct Ruido {
                nombre: String,
            }

            impl Drop for Ruido {
                fn drop(&mut self) {
                    println!("drop {}", self.nombre);
                }
            }

            struct Par {
                a: Ruido,
                b: Ruido,
            }

            impl Drop for Par {
                fn drop(&mut self) {
                    println!("drop Par");
                }
            }

            fn crear(n: &str) -> Ruido {
                Ruido { nombre: String::from(n) }
            }

            fn consumir(r: Ruido, s: Ruido) {
                let local = crear("local");
                println!("consumir {} {}", r.nombre, s.nombre);
            }

            fn main() {
                let x = crear("x");
                let x = crear("x2");
                {
                    let _p = Par { a: crear("pa"), b: crear("pb") };
                    println!("fin bloque");
                }
                consumir(crear("arg1"), crear("arg2"));
                let v = vec![crear("v0"), crear("v1"), crear("v2")];
                let r = &crear("extendido");
                println!("{}", crear("temp").nombre.len() + r.nombre.len());
                let movido = crear("movido");
                let nuevo = movido;
                drop(x);
                let mut reasignado = crear("viejo");
                reasignado = crear("nuevo");
                println!("fin main {}", v.len());
            }
            """);
    assertOk(
        sim,
        """
        fin bloque
        drop Par
        drop pa
        drop pb
        consumir arg1 arg2
        drop local
        drop arg2
        drop arg1
        13
        drop temp
        drop x2
        drop viejo
        fin main 3
        drop nuevo
        drop movido
        drop extendido
        drop v0
        drop v1
        drop v2
        drop x
        """);
  }

  @Test
  void consumingForLoopDropsTheElementsLeftWhenItBreaks() {
    Simulation sim =
        run(
            """
            struct Nota {
                id: u32,
            }

            impl Drop for Nota {
                fn drop(&mut self) {
                    println!("drop nota {}", self.id);
                }
            }

            fn main() {
                let notas = vec![Nota { id: 1 }, Nota { id: 2 }, Nota { id: 3 }];
                for n in notas {
                    if n.id == 2 {
                        println!("corte en {}", n.id);
                        break;
                    }
                    println!("vista {}", n.id);
                }
                println!("fin");
            }
            """);
    assertOk(sim, "vista 1\ndrop nota 1\ncorte en 2\ndrop nota 2\ndrop nota 3\nfin\n");
  }

  @Test
  void indexOutOfBoundsPanicsAndUnwindsRunningDropImpls() {
    Simulation sim =
        run(
            """
            struct Guardia {
                id: i32,
            }

            impl Drop for Guardia {
                fn drop(&mut self) {
                    println!("limpieza {}", self.id);
                }
            }

            fn profundo(v: &Vec<i32>, i: usize) -> i32 {
                let _g = Guardia { id: 2 };
                v[i]
            }

            fn main() {
                let _g = Guardia { id: 1 };
                let v = vec![1, 2, 3];
                println!("antes");
                println!("{}", profundo(&v, 5));
                println!("nunca");
            }
            """);
    assertPanic(
        sim,
        "antes\nlimpieza 2\nlimpieza 1\n",
        13,
        "index out of bounds: the len is 3 but the index is 5");
    Step fault =
        sim.trace().steps().stream()
            .filter(s -> s.events().stream().anyMatch(e -> e.kind() == EventKind.FAULT))
            .findFirst()
            .orElseThrow();
    assertEquals(13, fault.line());
    assertEquals("antes\n", fault.snapshot().stdout());
  }

  @Test
  void debugBuildArithmeticPanicsOnOverflowAndDivisionByZero() {
    assertPanic(
        run(
            """
            fn main() {
                let mut x: u8 = 250;
                let mut i = 0;
                while i < 10 {
                    x += 1;
                    println!("{}", x);
                    i += 1;
                }
            }
            """),
        "251\n252\n253\n254\n255\n",
        5,
        "attempt to add with overflow");
    assertPanic(
        run(
            """
            fn dividir(a: i32, b: i32) -> i32 {
                a / b
            }

            fn main() {
                let datos = vec![10, 5, 0];
                let mut i = 0;
                while i < datos.len() {
                    println!("{}", dividir(100, datos[i]));
                    i += 1;
                }
            }
            """),
        "10\n20\n",
        2,
        "attempt to divide by zero");
    assertPanic(
        run(
            """
            fn resta(a: usize, b: usize) -> usize {
                a - b
            }

            fn main() {
                let x: i64 = 1 << 40;
                println!("{}", x * 3 / 7 % 1000);
                println!("{}", resta(3, 5));
            }
            """),
        "46\n",
        2,
        "attempt to subtract with overflow");
  }

  @Test
  void unwrapOnNonePanicsWithStdsMessage() {
    assertPanic(
        run(
            """
            fn main() {
                let mut v: Vec<String> = Vec::new();
                v.push(String::from("a"));
                let a = v.pop().unwrap();
                println!("{}", a);
                let b = v.pop().unwrap();
                println!("{}", b);
            }
            """),
        "a\n",
        6,
        "called `Option::unwrap()` on a `None` value");
  }

  @Test
  void stringAndVecCapacitiesGrowAsStdGrowsThem() {
    Simulation sim =
        run(
            """
            fn main() {
                let mut v: Vec<i32> = Vec::new();
                for i in 0..10 {
                    v.push(i);
                    print!("{} ", v.capacity());
                }
                println!();
                let mut s = String::new();
                                let letras = vec!['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
                for c in &letras {
                    s.push(*c);
                    print!("{} ", s.capacity());
                }
                println!();
                let mut t = String::from("hola");
                t.push_str(" mundo");
                println!("{} {} {}", t, t.len(), t.capacity());
                let w = vec![1, 2, 3];
                println!("{:?} {} {}", w, w.len(), w.capacity());
                let c = Vec::<u8>::with_capacity(10);
                println!("{} {}", c.len(), c.capacity());
                let f = format!("{}-{}", 1, "dos");
                println!("{} {} {}", f, f.len(), f.capacity());
                let h = String::from("abc").clone();
                println!("{}", h.capacity());
            }
            """);
    assertOk(
        sim,
        """
        4 4 4 4 8 8 8 8 16 16\s
        8 8 8 8 8 8 8 8 16 16\s
        hola mundo 10 10
        [1, 2, 3] 3 3
        0 10
        1-dos 5 5
        3
        """);
  }

  @Test
  void growingAVecMovesItsElementsToANewBlockAndFreesTheOldOne() {
    Simulation sim =
        run(
            """
            fn main() {
                let mut v = Vec::new();
                v.push(1);
                v.push(2);
                v.push(3);
                v.push(4);
                v.push(5); // @show
            }
            """);
    Step step = marked(sim, 7);
    Event realloc =
        step.events().stream().filter(e -> e.kind() == EventKind.REALLOC).findFirst().orElseThrow();
    assertEquals(Optional.of("H2"), realloc.block());
    assertEquals(Optional.of("H1"), realloc.other());
    assertEquals("v", realloc.subject());
    assertEquals(32, block(step, "H2").size());
    assertEquals(BlockState.FREED, block(step, "H1").state());
    assertEquals("8", field(slot(step, "v").value(), "cap"));
  }

  @Test
  void aReferenceBorrowsItsTargetUntilItsLastUse() {
    Simulation sim =
        run(
            """
            fn largo(s: &String) -> usize {
                s.len() // @show
            }

            fn main() {
                let mut s1 = String::from("hola");
                let r = &s1;                 // @show
                println!("{}", r);           // @show
                let n = largo(&s1);
                let m = &mut s1;             // @show
                m.push_str(" mundo");
                println!("{} {}", s1, n);    // @show
            }
            """);
    assertOk(sim, "hola\nhola mundo 4\n");
    Step borrowed = marked(sim, 7);
    assertEquals(SlotState.BORROWED_SHARED, slot(borrowed, "s1").state());
    assertEquals(List.of("r"), slot(borrowed, "s1").borrowedBy());
    Value.Pointer r = (Value.Pointer) slot(borrowed, "r").value();
    assertEquals(Value.PointerKind.SHARED, r.kind());
    assertEquals("T0/F0/s1", r.target().orElseThrow().id());
    assertTrue(hasEvent(borrowed, EventKind.BORROW_SHARED, "s1"));

    Step lastUse = marked(sim, 8);
    assertEquals(SlotState.LIVE, slot(lastUse, "s1").state());
    assertTrue(hasEvent(lastUse, EventKind.BORROW_END, "s1"));

    Step inCallee = marked(sim, 2);
    assertEquals(List.of("s"), slot(inCallee, "s1").borrowedBy());
    assertEquals(2, inCallee.snapshot().threads().get(0).frames().size());

    Step mut = marked(sim, 10);
    assertEquals(SlotState.BORROWED_MUT, slot(mut, "s1").state());
    assertEquals(SlotState.LIVE, slot(marked(sim, 12), "s1").state());
  }

  @Test
  void aStructFieldReferencePointsAtTheBorrowedSlotWhileTheStructLives() {
    Simulation sim =
        run(
            """
            struct Counter<'a> {
                count: &'a mut i32,
            }

            impl<'a> Counter<'a> {
                fn bump(&mut self) {
                    *self.count += 1;
                }
            }

            fn main() {
                let mut n = 0;
                let mut c = Counter { count: &mut n };
                c.bump(); // @show
                c.bump(); // @show
                println!("{}", n);
            }
            """);
    assertOk(sim, "2\n");
    Step held = marked(sim, 14);
    assertEquals(SlotState.BORROWED_MUT, slot(held, "n").state());
    assertEquals(List.of("c"), slot(held, "n").borrowedBy());
    Value.Composite counter = (Value.Composite) slot(held, "c").value();
    Value.Pointer count = (Value.Pointer) counter.fields().get(0).value();
    assertEquals(Value.PointerKind.MUT, count.kind());
    assertEquals("T0/F0/n", count.target().orElseThrow().id());
    assertEquals("1", ((Value.Scalar) slot(held, "n").value()).text());
    Step lastUse = marked(sim, 15);
    assertEquals(SlotState.LIVE, slot(lastUse, "n").state());
    assertTrue(hasEvent(lastUse, EventKind.BORROW_END, "n"));
  }

  @Test
  void aCopiedOrReturnedReferenceBorrowsUntilItsOwnLastUse() {
    Simulation sim =
        run(
            """
            fn pick<'a>(x: &'a String, _y: &'a String) -> &'a String {
                x
            }

            fn main() {
                let a = String::from("abc");
                let b = String::from("de");
                let r = &a;
                let r2 = r; // @show
                println!("{r2}"); // @show
                let l = pick(&a, &b); // @show
                println!("{l}"); // @show
            }
            """);
    assertOk(sim, "abc\nabc\n");
    assertEquals(List.of("r2"), slot(marked(sim, 9), "a").borrowedBy());
    assertEquals(SlotState.LIVE, slot(marked(sim, 10), "a").state());
    assertEquals(List.of("l"), slot(marked(sim, 11), "a").borrowedBy());
    Step lastUse = marked(sim, 12);
    assertEquals(SlotState.LIVE, slot(lastUse, "a").state());
    assertTrue(hasEvent(lastUse, EventKind.BORROW_END, "a"));
  }

  @Test
  void aVectorOfReferencesBorrowsItsTargetsUntilItsLastUse() {
    Simulation sim =
        run(
            """
            fn main() {
                let x = 1;
                let y = 2;
                let mut v = Vec::new();
                v.push(&x);
                v.push(&y); // @show
                println!("{:?}", v); // @show
                let n = 3;
                println!("{n}");
            }
            """);
    assertOk(sim, "[1, 2]\n3\n");
    Step pushed = marked(sim, 6);
    assertEquals(List.of("v"), slot(pushed, "x").borrowedBy());
    assertEquals(SlotState.BORROWED_SHARED, slot(pushed, "y").state());
    Step lastUse = marked(sim, 7);
    assertEquals(SlotState.LIVE, slot(lastUse, "x").state());
    assertEquals(SlotState.LIVE, slot(lastUse, "y").state());
    assertTrue(hasEvent(lastUse, EventKind.BORROW_END, "y"));
  }

  @Test
  void aStrIntoAStringsBufferBorrowsTheStringUntilItsLastUse() {
    Simulation sim =
        run(
            """
            struct Excerpt<'a> {
                part: &'a str,
            }

            fn main() {
                let text = String::from("Call me Ishmael");
                let first = Excerpt { part: text.as_str() }; // @show
                let word = text.as_str(); // @show
                println!("{}", first.part); // @show
                println!("{word}"); // @show
            }
            """);
    assertOk(sim, "Call me Ishmael\nCall me Ishmael\n");
    Step bound = marked(sim, 7);
    assertEquals(SlotState.BORROWED_SHARED, slot(bound, "text").state());
    assertEquals(List.of("first"), slot(bound, "text").borrowedBy());
    assertTrue(hasEvent(bound, EventKind.BORROW_SHARED, "text"));
    assertEquals(List.of("first", "word"), slot(marked(sim, 8), "text").borrowedBy());
    assertEquals(List.of("word"), slot(marked(sim, 9), "text").borrowedBy());
    Step lastUse = marked(sim, 10);
    assertEquals(SlotState.LIVE, slot(lastUse, "text").state());
    assertTrue(hasEvent(lastUse, EventKind.BORROW_END, "text"));
  }

  @Test
  void aStructWithDropCodeBorrowsUntilItsDropRan() {
    Simulation sim =
        run(
            """
            struct Guard<'a> {
                name: &'a String,
            }

            impl<'a> Drop for Guard<'a> {
                fn drop(&mut self) {
                    println!("release {}", self.name); // @show
                }
            }

            fn main() {
                let name = String::from("lock");
                let guard = Guard { name: &name };
                println!("{}", guard.name); // @show
                let n = 1; // @show
                println!("{n}");
            }
            """);
    assertOk(sim, "lock\n1\nrelease lock\n");
    assertEquals(List.of("guard"), slot(marked(sim, 14), "name").borrowedBy());
    assertEquals(List.of("guard"), slot(marked(sim, 15), "name").borrowedBy());
    assertEquals(SlotState.BORROWED_SHARED, slot(marked(sim, 7), "name").state());
  }

  @Test
  void shadowedBindingsGetTheirOwnPathsAndStayUntilScopeEnd() {
    Simulation sim =
        run(
            """
            fn main() {
                let x = String::from("uno");
                let x = x.len(); // @show
                println!("{x}");
            }
            """);
    Step step = marked(sim, 3);
    List<Slot> slots = step.snapshot().threads().get(0).frames().get(0).slots();
    assertEquals(List.of("T0/F0/x", "T0/F0/x#2"), slots.stream().map(Slot::path).toList());
    assertEquals(SlotState.LIVE, slots.get(0).state());
    assertEquals("usize", slots.get(1).type());
  }

  @Test
  void spawnedThreadGetsItsOwnStackAndRunsWhenJoined() {
    Simulation sim =
        run(
            """
            use std::thread;

            fn main() {
                let datos = vec![1, 2, 3];
                let h = thread::spawn(move || {
                    let total: i32 = datos[0] + datos[1] + datos[2]; // @show
                    total
                });
                println!("esperando");
                let total = h.join().unwrap(); // @show
                println!("total {}", total);
                let mut handles = Vec::new();
                                for i in 0..3 {
                    handles.push(thread::spawn(move || i * 10));
                }
                for h in handles {
                    println!("hilo {}", h.join().unwrap());
                }
            }
            """);
    assertOk(sim, "esperando\ntotal 6\nhilo 0\nhilo 10\nhilo 20\n");
    Step inThread = marked(sim, 6);
    List<ThreadState> threads = inThread.snapshot().threads();
    assertEquals(List.of("T0", "T1"), threads.stream().map(ThreadState::id).toList());
    Slot captured = threads.get(1).frames().get(0).slots().get(0);
    assertEquals("T1/F0/datos", captured.path());
    assertEquals(SlotState.MOVED, slot(inThread, "datos").state());
    assertEquals(Optional.of("datos"), block(inThread, "H1").owner());

    Step joined = marked(sim, 10);
    assertEquals(1, joined.snapshot().threads().size());
    assertTrue(hasEvent(joined, EventKind.JOIN, "T1"));
  }

  @Test
  void derivedDebugAndFloatsPrintAsRustPrintsThem() {
    assertOk(
        run(
            """
            #[derive(Debug, Clone, Copy)]
            struct Punto {
                x: i32,
                y: i32,
            }

            fn main() {
                let p = Punto { x: 3, y: 4 };
                let q = p;
                println!("{:?} {:?}", p, q);
                println!("{:#?}", p);
                println!("{} {:?} {} {:?}", 2.0_f64, 2.0_f64, 7.0 / 2.0, 0.1 + 0.2);
                println!("{:?} {:?} {}", "a\\"b\\n", 'x', 'x');
                                println!("{{}} {:?}", vec![String::from("a")]);
            }
            """),
        """
        Punto { x: 3, y: 4 } Punto { x: 3, y: 4 }
        Punto {
            x: 3,
            y: 4,
        }
        2 2.0 3.5 0.30000000000000004
        "a\\"b\\n" 'x' x
        {} ["a"]
        """);
  }

  @Test
  void methodsTakeSelfByReferenceMutableReferenceOrValue() {
    assertOk(
        run(
            """
            struct Contador {
                nombre: String,
                n: u32,
            }

            impl Contador {
                fn nuevo(nombre: &str) -> Self {
                    Contador { nombre: String::from(nombre), n: 0 }
                }
                fn sumar(&mut self, k: u32) {
                    self.n += k;
                }
                fn valor(&self) -> u32 {
                    self.n
                }
                fn nombre(self) -> String {
                    self.nombre
                }
            }

            fn main() {
                let mut c = Contador::nuevo("c");
                c.sumar(2);
                c.sumar(3);
                println!("{}", c.valor());
                let nombre = c.nombre();
                println!("{}", nombre);
            }
            """),
        "5\nc\n");
  }

  @Test
  void runawayProgramsStopAtEachLimit() {
    Simulation loop =
        run(
            """
            fn main() {
                let mut i: i64 = 0;
                loop {
                    i += 1;
                }
            }
            """);
    assertEquals(Outcome.LIMIT_EXCEEDED, loop.verdict().outcome());
    assertTrue(loop.verdict().problem().orElseThrow().message().contains("step limit"));

    Simulation recursion =
        run(
            """
            fn f(n: i64) -> i64 {
                1 + f(n + 1)
            }

            fn main() {
                println!("{}", f(0));
            }
            """);
    assertEquals(Outcome.LIMIT_EXCEEDED, recursion.verdict().outcome());
    assertTrue(recursion.verdict().problem().orElseThrow().message().contains("call-depth limit"));
    assertEquals(2, recursion.verdict().problem().orElseThrow().at().line());

    String grow =
        """
        fn main() {
            let mut v: Vec<i64> = Vec::new();
            let mut i = 0;
            while i < 100000 {
                v.push(i);
                i += 1;
            }
            println!("{}", v.len());
        }
        """;
    Simulation heap = run(grow, Limits.DEFAULT.withMaxHeapBytes(4096));
    assertEquals(Outcome.LIMIT_EXCEEDED, heap.verdict().outcome());
    assertTrue(heap.verdict().problem().orElseThrow().message().contains("heap limit"));

    Simulation output =
        run(
            """
            fn main() {
                for i in 0..1000 {
                    println!("linea {}", i);
                }
            }
            """,
            Limits.DEFAULT.withMaxOutputBytes(100));
    assertEquals(Outcome.LIMIT_EXCEEDED, output.verdict().outcome());
    assertTrue(output.verdict().stdout().length() <= 100);

    Simulation snapshots =
        run(
            """
            fn main() {
                for i in 0..100 {
                    let s = i.to_string(); // @show
                }
            }
            """,
            Limits.DEFAULT.withMaxSnapshots(10));
    assertEquals(Outcome.LIMIT_EXCEEDED, snapshots.verdict().outcome());
    assertEquals(10, snapshots.trace().steps().size());
  }

  @Test
  void aLoopThatAllocatesOnEveryTurnKeepsHalfTheSnapshotBudgetForMarkedSteps() {
    Simulation sim =
        run(
            """
            fn main() {
                let mut total = 0;
                for i in 0..1000 {
                    let s = i.to_string();
                    total += s.len();
                }
                println!("{}", total); // @show
            }
            """,
            Limits.DEFAULT.withMaxSnapshots(20));
    assertOk(sim, "2890\n");
    assertEquals(11, sim.trace().steps().size());
    assertTrue(sim.trace().steps().get(10).marked());
  }

  @Test
  void deepUserRecursionUpToTheDepthLimitRuns() {
    Simulation sim =
        run(
            """
            fn suma(n: i64) -> i64 {
                if n == 0 {
                    return 0;
                }
                n + suma(n - 1)
            }

            fn main() {
                println!("{}", suma(195));
            }
            """);
    assertOk(sim, "19110\n");
  }

  @Test
  void whatTheInterpreterDoesNotModelIsUnsupportedWithItsLine() {
    Simulation sim =
        run(
            """
            fn main() {
                let v = vec![3, 1, 2];
                let w = v.iter().map(|x| x + 1);
            }
            """);
    assertEquals(Outcome.UNSUPPORTED, sim.verdict().outcome());
    assertEquals(3, sim.verdict().problem().orElseThrow().at().line());
  }

  @Test
  void showBeforeRecordsTheStateBeforeItsLineRuns() {
    Simulation sim =
        run(
            """
            fn main() {
                let s = String::from("x");
                drop(s); // @show(before)
            }
            """);
    Step before =
        sim.trace().steps().stream().filter(s -> s.when() == When.BEFORE).findFirst().orElseThrow();
    assertEquals(3, before.line());
    assertEquals(SlotState.LIVE, slot(before, "s").state());
    assertEquals(BlockState.LIVE, block(before, "H1").state());
  }

  @Test
  void runsAMillionStepsToTheEnd() {
    // The speed budget itself is measured by .ci/bench-simulator, not in a unit test.
    String source =
        """
        fn main() {
            let mut total: i64 = 0;
            let mut i: i64 = 0;
            while i < 100000 {
                total += i % 7;
                i += 1;
            }
            println!("{}", total);
        }
        """;
    Simulation sim = run(source, Limits.DEFAULT.withMaxSteps(10_000_000));
    assertEquals("299995\n", sim.verdict().stdout(), () -> sim.verdict().toString());
    assertTrue(sim.trace().executedSteps() >= 1_000_000, "" + sim.trace().executedSteps());
  }
}
