// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// A virtual call through a *reference* dispatches like one through a pointer:
// a DeclRefExpr to a reference variable has the referenced type, so the
// variable's declared type decides. Sink::put is clean, Heapy::put allocates:
// the call must be reported as "any override may run".

#include <escapement/annotations.hpp>

struct Sink {
  virtual void put(long Value) {}
  virtual ~Sink() = default;
};

struct Heapy : Sink {
  void put(long Value) override { delete new long(Value); }
};

ESC_NOALLOC void by_reference(Sink &S, long Value) {
  S.put(Value);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'by_reference' must not allocate, but it makes a virtual call to 'Sink::put', which any override may implement [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'by_reference' is declared ESC_NOALLOC here
}

ESC_NOALLOC void by_pointer(Sink *S, long Value) {
  S->put(Value);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'by_pointer' must not allocate, but it makes a virtual call to 'Sink::put', which any override may implement [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'by_pointer' is declared ESC_NOALLOC here
}

// Negative: a call on a local object of the exact class is direct.
ESC_NOALLOC void by_value(long Value) {
  Sink Local;
  Local.put(Value);
}
