// RUN: %check_escapement %s 'bound-deadline' %t -- -config="{CheckOptions: {escapement.bound.Profile: declared-costs-only}}" -- %cxxflags

// Hand-computed under the declared-costs-only profile: every operation costs
// 0 and each call to an ESC_COST_NS(n) function costs exactly n ns.

#include <escapement/annotations.hpp>

ESC_COST_NS(100) void send_frame();
ESC_COST_NS(10) void log_line();
ESC_COST_NS(7) int read_status();

// One feasible path of four costs 207 ns (mode == 1 and urgent): 7 over.
ESC_DEADLINE_NS(200) void one_path(int mode, bool urgent) {
  if (mode == 1)
    send_frame();
  else
    log_line();
  if (urgent) {
    send_frame();
    read_status();
  }
}
// CHECK-MESSAGES: :[[@LINE-10]]:27: error: worst case 207 ns on this path exceeds the 200 ns deadline of 'one_path' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-10]]:3: note: the condition 'mode == 1' is true (0 ns so far)
// CHECK-NOTES: :[[@LINE-7]]:3: note: the condition 'urgent' is true (100 ns so far)
// CHECK-NOTES: :[[@LINE-13]]:27: note: with mode = 1, urgent = 1
// CHECK-NOTES: :[[@LINE-14]]:27: note: 'one_path' is declared ESC_DEADLINE_NS(200) here

// The same, made infeasible by a precondition: silent.
ESC_DEADLINE_NS(200) void excluded(int mode, bool urgent) {
  ESC_REQUIRES(!(mode == 1 && urgent));
  if (mode == 1)
    send_frame();
  else
    log_line();
  if (urgent) {
    send_frame();
    read_status();
  }
}

// Correlated branches: the syntactic longest path (200 ns) cannot happen,
// the feasible worst case is 110 ns.
ESC_DEADLINE_NS(110) void correlated(int x) {
  if (x > 5)
    send_frame();
  else
    log_line();
  if (x <= 5)
    send_frame();
  else
    log_line();
}

// One ns less than the feasible worst case: refuted on either path.
ESC_DEADLINE_NS(109) void correlated_tight(int x) {
  if (x > 5)
    send_frame();
  else
    log_line();
  if (x <= 5)
    send_frame();
  else
    log_line();
}
// CHECK-MESSAGES: :[[@LINE-10]]:27: error: worst case 110 ns on this path exceeds the 109 ns deadline of 'correlated_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-10]]:3: note: the condition 'x > 5' is {{true|false}} (0 ns so far)
// CHECK-NOTES: :[[@LINE-7]]:3: note: the condition 'x <= 5' is {{true|false}} ({{10|100}} ns so far)
// CHECK-NOTES: :[[@LINE-13]]:27: note: with x = {{-?[0-9]+}}
// CHECK-NOTES: :[[@LINE-14]]:27: note: 'correlated_tight' is declared ESC_DEADLINE_NS(109) here

// A retry loop that stops at the first success: the worst case fails all
// eight tries (8 x (7 + 100) ns), and the model says which results do that.
ESC_DEADLINE_NS(300) void retries() {
  for (int i = 0; i < 8; ++i) {
    if (read_status() == 0)
      return;
    send_frame();
  }
}
// CHECK-MESSAGES: :[[@LINE-7]]:27: error: worst case 856 ns on this path exceeds the 300 ns deadline of 'retries' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-7]]:3: note: the 'for' loop runs 8 times (856 ns so far)
// CHECK-NOTES: :[[@LINE-7]]:5: note: the condition 'read_status() == 0' is false 8 times (756 ns so far)
// CHECK-NOTES: :[[@LINE-10]]:27: note: with 'read_status()' (8 calls) = {{(-?[1-9][0-9]*, ){7}-?[1-9][0-9]*$}}
// CHECK-NOTES: :[[@LINE-11]]:27: note: 'retries' is declared ESC_DEADLINE_NS(300) here

// A helper with a body in this TU is followed with its argument: 'burst(2)'
// sends two frames, 200 ns, although its loop may run 16 times.
static void burst(int frames) {
  for (int i = 0; i < frames; ++i) {
    ESC_LOOP_BOUND(16);
    send_frame();
  }
}
ESC_DEADLINE_NS(200) void calls_helper() { burst(2); }
ESC_DEADLINE_NS(199) void calls_helper_tight() { burst(2); }
// CHECK-MESSAGES: :[[@LINE-1]]:27: error: worst case 200 ns on this path exceeds the 199 ns deadline of 'calls_helper_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-8]]:3: note: the 'for' loop runs 2 times (200 ns so far)
// CHECK-NOTES: :[[@LINE-3]]:27: note: 'calls_helper_tight' is declared ESC_DEADLINE_NS(199) here

// A loop whose trip count is an input follows from the precondition.
ESC_DEADLINE_NS(300) void from_precondition(unsigned n) {
  ESC_REQUIRES(n <= 3);
  for (unsigned i = 0; i < n; ++i)
    send_frame();
}
ESC_DEADLINE_NS(299) void from_precondition_tight(unsigned n) {
  ESC_REQUIRES(n <= 3);
  for (unsigned i = 0; i < n; ++i)
    send_frame();
}
// CHECK-MESSAGES: :[[@LINE-5]]:27: error: worst case 300 ns on this path exceeds the 299 ns deadline of 'from_precondition_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-4]]:3: note: the 'for' loop runs 3 times (300 ns so far)
// CHECK-NOTES: :[[@LINE-7]]:27: note: with n = 3
// CHECK-NOTES: :[[@LINE-8]]:27: note: 'from_precondition_tight' is declared ESC_DEADLINE_NS(299) here

// No contract: nothing to check.
void unchecked(int n) {
  for (int i = 0; i < n; ++i)
    send_frame();
}

// Constants past INT64_MAX (an unsigned 64-bit mask) are bits, not a crash.
ESC_DEADLINE_NS(99) void wide_constant(unsigned long long x) {
  if ((x & 0xffffffffffffff00ull) == 0xffffffffffffff00ull)
    send_frame();
}
// CHECK-MESSAGES: :[[@LINE-4]]:26: error: worst case 100 ns on this path exceeds the 99 ns deadline of 'wide_constant' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-4]]:3: note: the condition '(x & 0xffffffffffffff00ull) == 0xffffffffffff...' is true (0 ns so far)
// CHECK-NOTES: :[[@LINE-6]]:26: note: with x = {{1844674407370955[0-9]+}}
// CHECK-NOTES: :[[@LINE-7]]:26: note: 'wide_constant' is declared ESC_DEADLINE_NS(99) here
