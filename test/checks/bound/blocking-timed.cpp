// RUN: %check_escapement %s 'bound-*' %t -- -- %cxxflags

// A deadline or a response window is a bound on the function's time, and a
// blocking call has none.

#include <escapement/annotations.hpp>

#include <mutex>
#include <unistd.h>

std::mutex Bus;

void send_frame(int Fd, const char *Frame) {
  std::lock_guard<std::mutex> G(Bus);
  write(Fd, Frame, 8);
}

ESC_DEADLINE_NS(500) void on_tick(int Fd, const char *Frame) {
  send_frame(Fd, Frame);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: call to 'send_frame' blocks; 'on_tick' must finish within 500 ns, and blocking has no bound on its time [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'std::lock_guard' acquires a mutex, which may block
  // CHECK-NOTES: :[[@LINE-4]]:27: note: 'on_tick' is declared ESC_DEADLINE_NS(500) here
}

ESC_WINDOW_NS(100, 250) int read_register(int Fd) {
  char Reg = 0;
  pread(Fd, &Reg, 1, 0x40);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'pread' may block the calling thread; 'read_register' must take between 100 and 250 ns, and blocking has no bound on its time [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:29: note: 'read_register' is declared ESC_WINDOW_NS(100, 250) here
  return Reg;
}

// Several contracts: one finding per site, quoting the most direct promise.
ESC_NONBLOCKING ESC_DEADLINE_NS(300) void on_irq(int Fd) {
  fsync(Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'fsync' may block the calling thread; 'on_irq' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:43: note: 'on_irq' is declared ESC_NONBLOCKING here
}

// Negative: a timed function that only computes.
ESC_DEADLINE_NS(100) int checksum(const char *Frame) {
  int S = 0;
  for (int I = 0; I < 8; ++I)
    S += Frame[I];
  return S;
}
