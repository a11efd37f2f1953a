// A small instrumented program with known behaviour; rt_verify_test runs it
// with ESCAPEMENT_TRACE set and checks claims against the trace it writes.
#include <escapement/rt.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace rt = esc::rt;

namespace gw {

rt::arena g_arena(1 << 16, "gw-arena");

int handle_packet(int n) {  // no heap: arena only, 256 B per call
  ESC_TRACE_SCOPE("gw::handle_packet");
  auto* buf = g_arena.make<int>(64);
  for (int i = 0; i < 64; ++i) buf[i] = i * n;
  int s = buf[n % 64];
  g_arena.reset();
  return s;
}

std::size_t parse(const char* text) {  // allocates: a std::string past SSO
  ESC_TRACE_SCOPE("gw::parse");
  std::string s(text);
  s += " and then some more text to leave the small buffer";
  return s.size();
}

rt::task<int> pinned_io() {  // balanced pin around a suspension
  ESC_TRACE_SCOPE("gw::pinned_io");
  rt::pin_guard g;
  co_await rt::sleep_for(std::chrono::microseconds(100));
  co_return 1;
}

// Never destroyed (reachable, so not a leak): alive when the trace is written.
rt::arena* g_session = nullptr;

void slow() {
  ESC_TRACE_SCOPE("gw::slow");
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

} // namespace gw

int main() {
  gw::g_session = new rt::arena(4096, "gw-session");
  gw::g_session->allocate(100);
  int acc = 0;
  for (int i = 0; i < 100; ++i) acc += gw::handle_packet(i);
  for (int i = 0; i < 10; ++i) acc += static_cast<int>(gw::parse("GET / HTTP/1.1"));
  gw::slow();
  rt::scheduler s(2);
  for (int i = 0; i < 3; ++i) acc += s.run(gw::pinned_io());
  return acc == 0 ? 1 : 0;
}
