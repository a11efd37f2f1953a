// A log shipping agent: lines are appended to a bounded batch and flushed by a
// background thread. The append path must not allocate; the flusher may.
//
// ESC_TRACE_SCOPE names each annotated function for `escapement verify`: it
// expands to nothing in a normal build; the -instrumented build (linked with
// the runtime's instrumentation) records what each really allocates, and
// test/differential/examples.test checks the analyzer's claims against it.
#include <escapement/annotations.hpp>
#include <escapement/trace.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace agent {

struct Batch {
  std::array<char, 16 * 1024> bytes{};
  std::size_t used = 0;
};

class Shipper {
public:
  // Configured at start-up: allocating here is fine.
  void mute(std::string prefix) { mutes_.push_back(std::move(prefix)); }

  // Copying each prefix out of the vector allocates once one is longer than
  // std::string's 15-character small buffer; the finding carries the fix
  // (`const auto &prefix`), which `escapement --fix` applies.
  ESC_NOALLOC bool muted(std::string_view line) const {
    ESC_TRACE_SCOPE("agent::Shipper::muted");
    for (auto prefix : mutes_)
      if (line.substr(0, prefix.size()) == prefix)
        return true;
    return false;
  }

  ESC_NOALLOC bool append(const char *line, std::size_t n) {
    ESC_TRACE_SCOPE("agent::Shipper::append");
    if (muted(std::string_view(line, n)))
      return true;
    std::lock_guard<std::mutex> lock(m_);
    if (current_->used + n + 1 > current_->bytes.size())
      return false; // full: caller drops and counts
    std::memcpy(current_->bytes.data() + current_->used, line, n);
    current_->used += n;
    current_->bytes[current_->used++] = '\n';
    return true;
  }

  // Swapping in a fresh batch on every flush allocates 16 KiB: the finding
  // suggests keeping two batches and swapping them instead.
  ESC_NOALLOC std::unique_ptr<Batch> take() {
    ESC_TRACE_SCOPE("agent::Shipper::take");
    std::lock_guard<std::mutex> lock(m_);
    auto fresh = std::make_unique<Batch>();
    std::swap(fresh, current_);
    return fresh;
  }

private:
  std::vector<std::string> mutes_;
  std::mutex m_;
  std::unique_ptr<Batch> current_ = std::make_unique<Batch>();
};

void flush_loop(Shipper &s, int rounds) {
  for (int i = 0; i < rounds; ++i) {
    std::unique_ptr<Batch> b = s.take();
    std::fwrite(b->bytes.data(), 1, b->used, stdout);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

} // namespace agent

int main() {
  agent::Shipper s;
  s.mute("healthcheck from load balancer");
  std::thread flusher(agent::flush_loop, std::ref(s), 3);
  for (int i = 0; i < 10; ++i)
    s.append("hello", 5);
  flusher.join();
}
