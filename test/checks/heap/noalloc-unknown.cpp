// RUN: %check_escapement -check-suffixes=,REPORT %s 'heap-*' %t -- -- %cxxflags
// RUN: %check_escapement %s 'heap-*,-heap-noalloc-unproven' %t -- -- %cxxflags

// Calls Escapement cannot see through are said, as heap-noalloc-unproven
// warnings ("may allocate"); disabling that check trusts them, while proven
// allocations are still heap-noalloc errors. Annotations on a declaration are
// taken at their word.

#include <escapement/annotations.hpp>

void publish(const char *Topic, long Value); // defined in another library
ESC_NOALLOC void publish_noalloc(const char *Topic, long Value);
ESC_ALLOW_ALLOC void warm_cache(int Shard) { delete[] new char[256]; }

void forward(long Value) { publish("px", Value); }

ESC_NOALLOC void undefined(long Value) {
  publish("px", Value);
  // CHECK-MESSAGES-REPORT: :[[@LINE-1]]:3: warning: call to 'publish' may allocate: its definition is not visible to Escapement; 'undefined' must not allocate [heap-noalloc-unproven]
  // CHECK-NOTES-REPORT: :[[@LINE-3]]:18: note: 'undefined' is declared ESC_NOALLOC here
}

ESC_NOALLOC void through_chain(long Value) {
  forward(Value);
  // CHECK-MESSAGES-REPORT: :[[@LINE-1]]:3: warning: call to 'forward' may allocate; 'through_chain' must not allocate [heap-noalloc-unproven]
  // CHECK-NOTES-REPORT: :[[@LINE-11]]:28: note: 'forward' calls 'publish', whose definition Escapement cannot see
  // CHECK-NOTES-REPORT: :[[@LINE-4]]:18: note: 'through_chain' is declared ESC_NOALLOC here
}

// Negative: an ESC_NOALLOC declaration is trusted without its body, and an
// ESC_ALLOW_ALLOC callee has been audited (its allocations are accepted).
ESC_NOALLOC void trusted(long Value) {
  publish_noalloc("px", Value);
  warm_cache(3);
}

struct Sink {
  virtual void put(long Value) = 0;
  virtual ~Sink() = default;
};

struct CountingSink final : Sink {
  long N = 0;
  void put(long) override { ++N; }
};

ESC_NOALLOC void virtual_call(Sink *S, long Value) {
  S->put(Value);
  // CHECK-MESSAGES-REPORT: :[[@LINE-1]]:6: warning: 'virtual_call' must not allocate, but it makes a virtual call to 'Sink::put', which any override may implement [heap-noalloc-unproven]
  // CHECK-NOTES-REPORT: :[[@LINE-3]]:18: note: 'virtual_call' is declared ESC_NOALLOC here
}

// Negative: a call on a final class is direct, and CountingSink::put is clean.
ESC_NOALLOC void final_call(CountingSink &S, long Value) { S.put(Value); }

ESC_NOALLOC void pointer_call(void (*OnTick)(long), long Value) {
  OnTick(Value);
  // CHECK-MESSAGES-REPORT: :[[@LINE-1]]:3: warning: 'pointer_call' must not allocate, but it calls through a function pointer, whose target cannot be known statically [heap-noalloc-unproven]
  // CHECK-NOTES-REPORT: :[[@LINE-3]]:18: note: 'pointer_call' is declared ESC_NOALLOC here
}

// ESC_NONBLOCKING implies no allocation; reported whether or not
// heap-noalloc-unproven runs.
ESC_NONBLOCKING long *on_irq(long Value) {
  return new long(Value);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: 'new long' allocates on the heap (8 bytes); 'on_irq' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:23: note: 'on_irq' is declared ESC_NONBLOCKING here
}

// Real-world pattern: a telemetry hook on a sensor-read path, implemented in
// a vendor library; the read itself is clean.
struct Sensor {
  volatile long *Reg;
  ESC_NOALLOC long read() {
    long V = *Reg;
    publish("sensor", V);
    // CHECK-MESSAGES-REPORT: :[[@LINE-1]]:5: warning: call to 'publish' may allocate: its definition is not visible to Escapement; 'Sensor::read' must not allocate [heap-noalloc-unproven]
    // CHECK-NOTES-REPORT: :[[@LINE-4]]:20: note: 'Sensor::read' is declared ESC_NOALLOC here
    return V;
  }
};
