// A CAN-style bus driver in the embedded style: a fixed ring of frames filled
// by the receive interrupt and drained by the control loop. Everything on the
// interrupt path is ESC_NONBLOCKING (which implies no allocation) and clean;
// the one finding is a diagnostics helper that formats with iostreams.
//
// ESC_TRACE_SCOPE names each annotated function for `escapement verify`: it
// expands to nothing in a normal build; the -instrumented build (linked with
// the runtime's instrumentation) records what each really allocates, and
// test/differential/examples.test checks the analyzer's claims against it.
#include <escapement/annotations.hpp>
#include <escapement/trace.hpp>

#include <array>
#include <atomic>
#include <cstdint>
#include <sstream>
#include <string>

namespace bus {

struct Frame {
  std::uint32_t id = 0;
  std::uint8_t dlc = 0;
  std::array<std::uint8_t, 8> data{};
};

template <std::size_t N> class Ring {
public:
  ESC_NONBLOCKING bool push(const Frame &f) {
    ESC_TRACE_SCOPE("bus::Ring<64>::push");
    std::size_t h = head_.load(std::memory_order_relaxed);
    std::size_t next = (h + 1) % N;
    if (next == tail_.load(std::memory_order_acquire))
      return false; // full: the frame is dropped and counted by the caller
    frames_[h] = f;
    head_.store(next, std::memory_order_release);
    return true;
  }
  ESC_NONBLOCKING bool pop(Frame &f) {
    ESC_TRACE_SCOPE("bus::Ring<64>::pop");
    std::size_t t = tail_.load(std::memory_order_relaxed);
    if (t == head_.load(std::memory_order_acquire))
      return false;
    f = frames_[t];
    tail_.store((t + 1) % N, std::memory_order_release);
    return true;
  }

private:
  std::array<Frame, N> frames_{};
  std::atomic<std::size_t> head_{0}, tail_{0};
};

Ring<64> rx;
std::atomic<std::uint32_t> overruns{0};

// The receive interrupt: registers in, frame out.
ESC_NONBLOCKING void on_rx_interrupt(std::uint32_t id, const std::uint8_t *bytes,
                                     std::uint8_t dlc) {
  ESC_TRACE_SCOPE("bus::on_rx_interrupt");
  Frame f;
  f.id = id;
  f.dlc = dlc > 8 ? 8 : dlc;
  for (std::uint8_t i = 0; i < f.dlc; ++i)
    f.data[i] = bytes[i];
  if (!rx.push(f))
    overruns.fetch_add(1, std::memory_order_relaxed);
}

// Diagnostics on the control loop's fast path: an ostringstream allocates.
ESC_NOALLOC std::size_t describe(const Frame &f, char *out, std::size_t cap) {
  ESC_TRACE_SCOPE("bus::describe");
  std::ostringstream os;
  os << "id=" << f.id << " dlc=" << int(f.dlc);
  std::string s = os.str();
  std::size_t n = s.size() < cap ? s.size() : cap;
  s.copy(out, n);
  return n;
}

} // namespace bus

int main() {
  const std::uint8_t payload[3] = {1, 2, 3};
  bus::on_rx_interrupt(0x123, payload, 3);
  bus::Frame f;
  char text[64];
  while (bus::rx.pop(f))
    bus::describe(f, text, sizeof text);
  return static_cast<int>(bus::overruns.load());
}
