// Differential test program: the analyzer's noalloc claims about these
// functions are checked against what the instrumented runtime observes when
// they run (see noalloc.test). Scope names are the qualified names the
// analyzer puts in its claims.
#include <escapement/annotations.hpp>
#include <escapement/rt/arena.hpp>
#include <escapement/trace.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace prog {

// Claimed and true: fixed-size work on the caller's buffer.
ESC_NOALLOC int checksum(const unsigned char *p, int n) {
  ESC_TRACE_SCOPE("prog::checksum");
  int s = 0;
  for (int i = 0; i < n; ++i)
    s = (s * 31 + p[i]) & 0xffff;
  return s;
}

// Claimed and true: a short string stays in the small buffer.
ESC_NOALLOC std::size_t tag_length() {
  ESC_TRACE_SCOPE("prog::tag_length");
  std::string tag = "short-tag";
  return tag.size();
}

// Claimed and true: arena memory is not heap memory.
esc::rt::arena scratch(4096, "scratch");
ESC_NOALLOC int from_arena(int n) {
  ESC_TRACE_SCOPE("prog::from_arena");
  int *xs = scratch.make<int>(16);
  for (int i = 0; i < 16; ++i)
    xs[i] = i * n;
  int r = xs[n & 15];
  scratch.reset();
  return r;
}

// Not claimed (the analyzer reports it): the vector grows.
ESC_NOALLOC std::size_t collect(std::vector<int> &out, int n) {
  ESC_TRACE_SCOPE("prog::collect");
  for (int i = 0; i < n; ++i)
    out.push_back(i);
  return out.size();
}

} // namespace prog

int main() {
  std::array<unsigned char, 64> data{};
  for (unsigned i = 0; i < data.size(); ++i)
    data[i] = static_cast<unsigned char>(i);
  std::vector<int> out;
  long total = 0;
  for (int round = 0; round < 100; ++round) {
    total += prog::checksum(data.data(), static_cast<int>(data.size()));
    total += static_cast<long>(prog::tag_length());
    total += prog::from_arena(round);
    total += static_cast<long>(prog::collect(out, 8));
  }
  std::printf("%ld\n", total);
}
