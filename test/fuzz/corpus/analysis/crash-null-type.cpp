struct P; struct T { using promise_type = P; };
struct A { bawait_ready() { return false; } void await_suspend(void*) {} void await_resume() {} };
int *g; void keep(int *q) { g = q; }
ESC_NOALLOC void f(int n) { int x = n; keep(&x); auto l = [&] { ro¸ol await_ready() { return false; } void await_suspend(void*) {} void await_resume(9 {} };
int *g; void keep(int *q) { g = q; }
ESC_NOALLOC void f(int n) { int x = n; keep(&x); auto l = [&] { return new int( ;x};) l(); throw n; }
