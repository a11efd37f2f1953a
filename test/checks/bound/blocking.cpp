// RUN: %check_escapement %s 'bound-*' %t -- -- %cxxflags

// Operations that may block, in the function that must not block: POSIX
// I/O, sleeps, mutexes, condition variables, futures, ESC_BLOCKING.

#include <escapement/annotations.hpp>

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <pthread.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

ESC_NONBLOCKING void nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'std::this_thread::sleep_for' blocks the calling thread; 'nap' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'nap' is declared ESC_NONBLOCKING here
}

ESC_NONBLOCKING long drain(int Fd, char *Buf, unsigned long N) {
  return read(Fd, Buf, N);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: 'read' may block the calling thread; 'drain' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'drain' is declared ESC_NONBLOCKING here
}

std::mutex M;

ESC_NONBLOCKING void locked_member() {
  M.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::mutex::lock' may block the calling thread; 'locked_member' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'locked_member' is declared ESC_NONBLOCKING here
  M.unlock();
}

ESC_NONBLOCKING void locked_guard() {
  std::lock_guard<std::mutex> G(M);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: 'std::lock_guard' acquires a mutex, which may block; 'locked_guard' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'locked_guard' is declared ESC_NONBLOCKING here
}

ESC_NONBLOCKING void locked_c(pthread_mutex_t *P) {
  pthread_mutex_lock(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'pthread_mutex_lock' may block the calling thread; 'locked_c' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'locked_c' is declared ESC_NONBLOCKING here
  pthread_mutex_unlock(P);
}

int tick(int X) [[clang::nonblocking]] {
  usleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'usleep' may block the calling thread; 'tick' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 'tick' is declared {{\[\[}}clang::nonblocking{{\]\]}} here
  return X;
}

std::condition_variable CV;

ESC_NONBLOCKING void wait_ready(std::unique_lock<std::mutex> &L, bool &Ready) {
  CV.wait(L, [&] { return Ready; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: error: 'std::condition_variable::wait' blocks the calling thread; 'wait_ready' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'wait_ready' is declared ESC_NONBLOCKING here
}

ESC_NONBLOCKING int result(std::future<int> &F) {
  return F.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: 'std::future::get' blocks until the result is ready; 'result' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:21: note: 'result' is declared ESC_NONBLOCKING here
}

// A user function that says it blocks (an RPC stub, a driver call).
ESC_BLOCKING int rpc_call(int Req);

ESC_NONBLOCKING int forward(int Req) {
  return rpc_call(Req);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'rpc_call' blocks; 'forward' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'rpc_call' is declared ESC_BLOCKING
  // CHECK-NOTES: :[[@LINE-4]]:21: note: 'forward' is declared ESC_NONBLOCKING here
}

// A raw system call may block, unless it only reads the kernel's state or
// wakes a futex.
unsigned Futex;

ESC_NONBLOCKING long raw(int Fd, char *Buf) {
  long Tid = syscall(SYS_gettid); // negative: a thread id
  syscall(SYS_futex, &Futex, FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0); // negative: a wake
  return Tid + syscall(SYS_read, Fd, Buf, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: error: 'syscall' may block the calling thread; 'raw' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: 'raw' is declared ESC_NONBLOCKING here
}

// Negative: try_lock never waits, unlock and notify do not either.
ESC_NONBLOCKING bool try_enter() {
  if (!M.try_lock())
    return false;
  M.unlock();
  CV.notify_one();
  return true;
}

// A timed attempt still waits, up to its timeout: that is blocking too.
std::timed_mutex TM;

ESC_NONBLOCKING bool timed_enter() {
  return TM.try_lock_for(std::chrono::microseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: 'std::timed_mutex::try_lock_for' may block the calling thread; 'timed_enter' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'timed_enter' is declared ESC_NONBLOCKING here
}

std::mutex A, B;

// std::scoped_lock takes several mutexes at once.
ESC_NONBLOCKING void locked_both() {
  std::scoped_lock L(A, B);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: 'std::scoped_lock' acquires a mutex, which may block; 'locked_both' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'locked_both' is declared ESC_NONBLOCKING here
}

// Negative: try_to_lock, defer_lock, adopt_lock and moving a lock never wait.
ESC_NONBLOCKING bool take_over(std::unique_lock<std::mutex> &Held) {
  std::unique_lock<std::mutex> T(A, std::try_to_lock);
  std::unique_lock<std::mutex> D(B, std::defer_lock);
  std::lock_guard<std::mutex> G(M, std::adopt_lock);
  std::unique_lock<std::mutex> Moved(std::move(Held));
  return T.owns_lock();
}

// Negative: a call that ends the process ([[noreturn]], non-throwing) is a
// failure path; what it does on the way out is not the operation's cost.
[[noreturn]] void fatal(const char *Msg) noexcept;

ESC_NONBLOCKING void checked(int Fd) {
  if (Fd < 0)
    fatal("bad descriptor");
}

// Negative: the same operations with no contract are nobody's business.
void unconstrained(int Fd, char *Buf) {
  read(Fd, Buf, 1);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  std::lock_guard<std::mutex> G(M);
}
