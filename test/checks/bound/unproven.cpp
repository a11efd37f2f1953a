// RUN: %check_escapement %s 'bound-deadline,bound-unproven' %t -- -config="{CheckOptions: {escapement.bound.Profile: declared-costs-only}}" -- %cxxflags
// RUN: %check_escapement -check-suffixes=TIMEOUT %s 'bound-deadline,bound-unproven' %t.timeout -- -config="{CheckOptions: {escapement.bound.Profile: declared-costs-only, escapement.bound.TimeoutMs: 1}}" -- %cxxflags -DHARD_ONLY
// RUN: %check_escapement -check-suffixes=BUDGET %s 'bound-deadline,bound-unproven' %t.budget -- -config="{CheckOptions: {escapement.bound.Profile: declared-costs-only, escapement.bound.UnrollBudget: 100}}" -- %cxxflags -DBUDGET_ONLY

// What cannot be decided is said, with the reason and where it is; never
// silence, never a guess.

#include <escapement/annotations.hpp>

#include <cstdint>

ESC_COST_NS(10) void probe();

#if !defined(HARD_ONLY) && !defined(BUDGET_ONLY)
void external(); // no body here, no ESC_COST_NS

ESC_DEADLINE_NS(100) void calls_unknown() {
  probe();
  external();
}
// CHECK-MESSAGES: :[[@LINE-4]]:27: warning: cannot prove the 100 ns deadline of 'calls_unknown': calls 'external', whose cost is unknown: it has no body here and no ESC_COST_NS [bound-unproven]
// CHECK-NOTES: :[[@LINE-3]]:3: note: the proof stops here
// CHECK-NOTES: :[[@LINE-6]]:27: note: 'calls_unknown' is declared ESC_DEADLINE_NS(100) here

struct Codec {
  virtual void encode() = 0;
};
ESC_DEADLINE_NS(100) void calls_virtual(Codec &C) {
  C.encode();
}
// CHECK-MESSAGES: :[[@LINE-3]]:27: warning: cannot prove the 100 ns deadline of 'calls_virtual': makes a virtual call to 'Codec::encode', whose target is unknown [bound-unproven]
// CHECK-NOTES: :[[@LINE-3]]:5: note: the proof stops here
// CHECK-NOTES: :[[@LINE-5]]:27: note: 'calls_virtual' is declared ESC_DEADLINE_NS(100) here

ESC_DEADLINE_NS(100) void uses_goto(int n) {
again:
  probe();
  if (--n > 0)
    goto again;
}
// CHECK-MESSAGES: :[[@LINE-6]]:27: warning: cannot prove the 100 ns deadline of 'uses_goto': a 'goto' is not modelled [bound-unproven]
// CHECK-NOTES: :[[@LINE-3]]:5: note: the proof stops here
// CHECK-NOTES: :[[@LINE-8]]:27: note: 'uses_goto' is declared ESC_DEADLINE_NS(100) here

static int depth(int n) { return n <= 0 ? 0 : 1 + depth(n - 1); }
ESC_DEADLINE_NS(100) int recursive(int n) { return depth(n); }
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: cannot prove the 100 ns deadline of 'recursive': calls 'depth' recursively: recursion has no bound [bound-unproven]
// CHECK-NOTES: :[[@LINE-3]]:51: note: the proof stops here
// CHECK-NOTES: :[[@LINE-3]]:26: note: 'recursive' is declared ESC_DEADLINE_NS(100) here

// A stated bound below what the loop always runs leaves no execution: the
// contract would hold vacuously, so the contradiction is reported instead.
ESC_DEADLINE_NS(1) void wrong_bound() {
  for (int i = 0; i < 10; ++i) {
    ESC_LOOP_BOUND(3);
    probe();
  }
}
// CHECK-MESSAGES: :[[@LINE-6]]:25: warning: cannot prove the 1 ns deadline of 'wrong_bound': no execution satisfies its stated loop bounds and preconditions: one of them contradicts the code (a loop bound below the count the loop always runs, a precondition that cannot hold) [bound-unproven]
// CHECK-NOTES: :[[@LINE-7]]:25: note: 'wrong_bound' is declared ESC_DEADLINE_NS(1) here

ESC_DEADLINE_NS(100) void throws(int n) {
  if (n < 0)
    throw n;
  probe();
}
// CHECK-MESSAGES: :[[@LINE-5]]:27: warning: cannot prove the 100 ns deadline of 'throws': throws: the cost of unwinding is not modelled [bound-unproven]
// CHECK-NOTES: :[[@LINE-4]]:5: note: the proof stops here
// CHECK-NOTES: :[[@LINE-7]]:27: note: 'throws' is declared ESC_DEADLINE_NS(100) here

// Sixteen independent branches: 65536 paths, one encoding, decided.
ESC_DEADLINE_NS(160) void many_paths(std::uint32_t flags) {
  if (flags & (1u << 0)) probe();
  if (flags & (1u << 1)) probe();
  if (flags & (1u << 2)) probe();
  if (flags & (1u << 3)) probe();
  if (flags & (1u << 4)) probe();
  if (flags & (1u << 5)) probe();
  if (flags & (1u << 6)) probe();
  if (flags & (1u << 7)) probe();
  if (flags & (1u << 8)) probe();
  if (flags & (1u << 9)) probe();
  if (flags & (1u << 10)) probe();
  if (flags & (1u << 11)) probe();
  if (flags & (1u << 12)) probe();
  if (flags & (1u << 13)) probe();
  if (flags & (1u << 14)) probe();
  if (flags & (1u << 15)) probe();
}
ESC_DEADLINE_NS(159) void many_paths_tight(std::uint32_t flags) {
  if (flags & (1u << 0)) probe();
  if (flags & (1u << 1)) probe();
  if (flags & (1u << 2)) probe();
  if (flags & (1u << 3)) probe();
  if (flags & (1u << 4)) probe();
  if (flags & (1u << 5)) probe();
  if (flags & (1u << 6)) probe();
  if (flags & (1u << 7)) probe();
  if (flags & (1u << 8)) probe();
  if (flags & (1u << 9)) probe();
  if (flags & (1u << 10)) probe();
  if (flags & (1u << 11)) probe();
  if (flags & (1u << 12)) probe();
  if (flags & (1u << 13)) probe();
  if (flags & (1u << 14)) probe();
  if (flags & (1u << 15)) probe();
}
// CHECK-MESSAGES: :[[@LINE-18]]:27: error: worst case 160 ns on this path exceeds the 159 ns deadline of 'many_paths_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 0)' is true (0 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 1)' is true (10 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 2)' is true (20 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 3)' is true (30 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 4)' is true (40 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 5)' is true (50 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 6)' is true (60 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 7)' is true (70 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 8)' is true (80 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 9)' is true (90 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 10)' is true (100 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 11)' is true (110 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 12)' is true (120 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 13)' is true (130 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 14)' is true (140 ns so far)
// CHECK-NOTES: :[[@LINE-18]]:3: note: the condition 'flags & (1u << 15)' is true (150 ns so far)
// CHECK-NOTES: :[[@LINE-35]]:27: note: with flags = {{[0-9]+}}
// CHECK-NOTES: :[[@LINE-36]]:27: note: 'many_paths_tight' is declared ESC_DEADLINE_NS(159) here
#endif

#ifdef HARD_ONLY
// Factoring a 62-bit semiprime by bit-blasting: far more than 1 ms, so the
// forced timeout gives up and says so.
ESC_DEADLINE_NS(5) void hard(std::uint64_t a, std::uint64_t b) {
  ESC_REQUIRES(a > 1 && b > 1 && a < 4294967296ull && b < 4294967296ull);
  if (a * b == 3369738766071892021ull)
    probe();
}
// CHECK-MESSAGES-TIMEOUT: :[[@LINE-5]]:25: warning: cannot prove the 5 ns deadline of 'hard': the solver gave up after 1 ms (timeout) [bound-unproven]
// CHECK-NOTES-TIMEOUT: :[[@LINE-6]]:25: note: 'hard' is declared ESC_DEADLINE_NS(5) here
#endif

#ifdef BUDGET_ONLY
// 200 iterations unrolled exceed a budget of 100 statements (the structure
// alone gives 2000 ns, more than the deadline, so the solver is needed).
ESC_DEADLINE_NS(1000) void long_loop(int n) {
  for (int i = 0; i < n; ++i) {
    ESC_LOOP_BOUND(200);
    probe();
  }
}
// CHECK-MESSAGES-BUDGET: :[[@LINE-6]]:28: warning: cannot prove the 1000 ns deadline of 'long_loop': unrolling the 'for' loop takes more than the budget of 100 statements [bound-unproven]
// CHECK-NOTES-BUDGET: :[[@LINE-6]]:{{[0-9]+}}: note: the proof stops here
// CHECK-NOTES-BUDGET: :[[@LINE-8]]:28: note: 'long_loop' is declared ESC_DEADLINE_NS(1000) here
#endif
