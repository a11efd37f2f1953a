// RUN: %check_escapement %s 'bound-window' %t -- -config="{CheckOptions: {escapement.bound.Profile: declared-costs-only}}" -- %cxxflags

// A CAN controller expects the answer inside [t_min, t_max]. Costs are the
// declared ones (declared-costs-only profile).

#include <escapement/annotations.hpp>

ESC_COST_NS(40) void write_mailbox();
ESC_COST_NS(25) unsigned fifo_level();
ESC_COST_NS(30) void drain_one();

// The empty-FIFO path answers after 65 ns: too early for a 100 ns window
// start. The full path (4 drains) takes 185 ns, inside.
ESC_WINDOW_NS(100, 200) void on_rx() {
  unsigned n = fifo_level();
  if (n > 4)
    n = 4;
  for (unsigned i = 0; i < n; ++i)
    drain_one();
  write_mailbox();
}
// CHECK-MESSAGES: :[[@LINE-8]]:30: error: best case 65 ns on this path is below the lower end of the [100, 200] ns window of 'on_rx' [bound-window,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-7]]:3: note: the condition 'n > 4' is false (25 ns so far)
// CHECK-NOTES: :[[@LINE-6]]:3: note: the 'for' loop runs 0 times (25 ns so far)
// CHECK-NOTES: :[[@LINE-11]]:30: note: with 'fifo_level()' = 0
// CHECK-NOTES: :[[@LINE-12]]:30: note: 'on_rx' is declared ESC_WINDOW_NS(100, 200) here

// Padded to the window start with a busy wait of known cost when the FIFO
// is nearly empty: every path is inside [100, 200].
ESC_COST_NS(60) void settle();
ESC_WINDOW_NS(100, 200) void on_rx_fixed() {
  unsigned n = fifo_level();
  if (n > 4)
    n = 4;
  if (n < 2)
    settle();
  for (unsigned i = 0; i < n; ++i)
    drain_one();
  write_mailbox();
}

// Too slow on the full path: 25 + 5 x 30 + 40 = 215 ns.
ESC_WINDOW_NS(60, 200) void on_rx_slow() {
  unsigned n = fifo_level();
  if (n > 5)
    n = 5;
  for (unsigned i = 0; i < n; ++i)
    drain_one();
  write_mailbox();
}
// CHECK-MESSAGES: :[[@LINE-8]]:29: error: worst case 215 ns on this path exceeds the upper end of the [60, 200] ns window of 'on_rx_slow' [bound-window,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-7]]:3: note: the condition 'n > 5' is {{true|false}} (25 ns so far)
// CHECK-NOTES: :[[@LINE-6]]:3: note: the 'for' loop runs 5 times (175 ns so far)
// CHECK-NOTES: :[[@LINE-11]]:29: note: with 'fifo_level()' = {{[0-9]+}}
// CHECK-NOTES: :[[@LINE-12]]:29: note: 'on_rx_slow' is declared ESC_WINDOW_NS(60, 200) here
