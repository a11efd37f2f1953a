// A UDP-style message gateway: packets arrive, are parsed, routed to a
// handler by message type, and answered. The per-packet path is declared
// ESC_NOALLOC; three hidden allocations still sneak into it, which is what
// Escapement is for.
//
// ESC_TRACE_SCOPE names each annotated function for `escapement verify`: it
// expands to nothing in a normal build; the -instrumented build (linked with
// the runtime's instrumentation) records what each really allocates, and
// test/differential/examples.test checks the analyzer's claims against it.
#include <escapement/annotations.hpp>
#include <escapement/trace.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace gw {

struct Packet {
  std::uint16_t type = 0;
  std::uint16_t length = 0;
  std::array<std::uint8_t, 512> payload{};
};

struct Stats {
  std::unordered_map<std::uint16_t, std::uint64_t> per_type;
  std::uint64_t dropped = 0;
};

class Router {
public:
  using Handler = std::function<std::size_t(const Packet &, std::uint8_t *out)>;

  // Registration happens at start-up: allocating here is fine.
  void on(std::uint16_t type, Handler h) { handlers_[type] = std::move(h); }

  ESC_NOALLOC std::size_t route(const Packet &p, std::uint8_t *out, Stats &stats) {
    ESC_TRACE_SCOPE("gw::Router::route");
    // Hidden allocation #1: operator[] inserts a node the first time a type
    // is seen. stats.per_type.find() + a preallocated table would not.
    ++stats.per_type[p.type];
    auto it = handlers_.find(p.type);
    if (it == handlers_.end()) {
      ++stats.dropped;
      // Hidden allocation #2: a 44-character message does not fit SSO.
      std::string why = "no handler registered for this message type";
      log_drop(why.c_str());
      return 0;
    }
    // Not an allocation, but a call Escapement cannot see through: reported
    // as "may allocate" so the user decides (heap-noalloc-unproven).
    return it->second(p, out);
  }

private:
  static void log_drop(const char *why) { std::fputs(why, stderr); }
  std::unordered_map<std::uint16_t, Handler> handlers_;
};

// Parsing is allocation-free: fixed-size buffers, no containers.
ESC_NOALLOC bool parse(const std::uint8_t *data, std::size_t n, Packet &out) {
  ESC_TRACE_SCOPE("gw::parse");
  if (n < 4 || n - 4 > out.payload.size())
    return false;
  std::memcpy(&out.type, data, 2);
  std::memcpy(&out.length, data + 2, 2);
  std::memcpy(out.payload.data(), data + 4, n - 4);
  return true;
}

std::size_t echo(const Packet &p, std::uint8_t *out) {
  std::memcpy(out, p.payload.data(), p.length);
  return p.length;
}

// Hidden allocation #3: a batch grows a vector per call.
ESC_NOALLOC std::size_t drain(Router &r, const std::vector<Packet> &in, Stats &stats,
                              std::vector<std::size_t> &sizes) {
  ESC_TRACE_SCOPE("gw::drain");
  std::array<std::uint8_t, 512> out{};
  std::size_t total = 0;
  for (const Packet &p : in) {
    std::size_t n = r.route(p, out.data(), stats);
    sizes.push_back(n);
    total += n;
  }
  return total;
}

} // namespace gw

int main() {
  gw::Router r;
  gw::Stats stats;
  r.on(1, gw::echo);
  std::vector<gw::Packet> batch(4);
  for (auto &p : batch) {
    std::uint8_t raw[8] = {1, 0, 4, 0, 'p', 'i', 'n', 'g'};
    gw::parse(raw, sizeof raw, p);
  }
  std::vector<std::size_t> sizes;
  sizes.reserve(batch.size());
  std::printf("%zu bytes echoed\n", gw::drain(r, batch, stats, sizes));
}
