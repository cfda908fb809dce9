package dev.memoria.simulator.c;

import java.util.List;

/** A resolved statement; {@link #run} returns how control leaves it. */
abstract class Stmt {
  static final int NORMAL = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;

  int line;
  int column;

  /** True for statements after which {@code @show} and memory-event steps are recorded. */
  boolean simple() {
    return true;
  }

  abstract int run(Machine m);

  static final class Block extends Stmt {
    final List<Stmt> body;
    final List<Variable> declared;
    final int closeLine;

    Block(List<Stmt> body, List<Variable> declared, int closeLine) {
      this.body = List.copyOf(body);
      this.declared = List.copyOf(declared);
      this.closeLine = closeLine;
    }

    @Override
    boolean simple() {
      return false;
    }

    @Override
    int run(Machine m) {
      int status = NORMAL;
      for (Stmt s : body) {
        status = m.exec(s);
        if (status != NORMAL) {
          break;
        }
      }
      m.endScope(this, status == RETURN);
      return status;
    }
  }

  static final class Decl extends Stmt {
    final Variable variable;
    final Init init;

    Decl(Variable variable, Init init) {
      this.variable = variable;
      this.init = init;
    }

    @Override
    int run(Machine m) {
      m.declare(variable, init, this);
      return NORMAL;
    }
  }

  static final class ExprStmt extends Stmt {
    final Expr expr;

    ExprStmt(Expr expr) {
      this.expr = expr;
    }

    @Override
    int run(Machine m) {
      expr.eval(m);
      return NORMAL;
    }
  }

  static final class If extends Stmt {
    final Expr cond;
    final Stmt then;
    final Stmt otherwise;

    If(Expr cond, Stmt then, Stmt otherwise) {
      this.cond = cond;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    boolean simple() {
      return false;
    }

    @Override
    int run(Machine m) {
      if (m.condition(cond, this)) {
        return m.exec(then);
      }
      return otherwise == null ? NORMAL : m.exec(otherwise);
    }
  }

  /** {@code while}, {@code do}/{@code while} and {@code for} (init runs in the enclosing block). */
  static final class Loop extends Stmt {
    final Stmt init;
    final Expr cond;
    final Expr step;
    final Stmt body;
    final boolean testFirst;
    final Block scope;

    Loop(Stmt init, Expr cond, Expr step, Stmt body, boolean testFirst, Block scope) {
      this.init = init;
      this.cond = cond;
      this.step = step;
      this.body = body;
      this.testFirst = testFirst;
      this.scope = scope;
    }

    @Override
    boolean simple() {
      return false;
    }

    @Override
    int run(Machine m) {
      if (init != null) {
        m.exec(init);
      }
      int result = NORMAL;
      boolean first = true;
      while (true) {
        if ((testFirst || !first) && cond != null && !m.condition(cond, this)) {
          break;
        }
        first = false;
        int status = m.exec(body);
        if (status == BREAK) {
          break;
        }
        if (status == RETURN) {
          result = RETURN;
          break;
        }
        if (step != null) {
          m.tick(this);
          step.eval(m);
          m.afterExpr(this);
        }
      }
      if (scope != null) {
        m.endScope(scope, result == RETURN);
      }
      return result;
    }
  }

  static final class Return extends Stmt {
    final Expr value;

    /** gcc compiles a literal {@code return &local;} to return NULL. */
    final boolean returnsLocalAddress;

    Return(Expr value, boolean returnsLocalAddress) {
      this.value = value;
      this.returnsLocalAddress = returnsLocalAddress;
    }

    @Override
    int run(Machine m) {
      m.returnValue(this);
      return RETURN;
    }
  }

  static final class Jump extends Stmt {
    final int status;

    Jump(int status) {
      this.status = status;
    }

    @Override
    int run(Machine m) {
      return status;
    }
  }
}
