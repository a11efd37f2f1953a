// A market-data handler's logging, written the three ways people do it:
// through spdlog, through fmt into a growable buffer, and through fmt into a
// fixed array. At run time only the last stays off the heap; see
// test/realcode/fmt-spdlog.test for what the analysis says and why.
// FMT_HEADER_ONLY: fmt's bodies (format-inl.h) are in the TU, not only in
// libfmt.so, so the verdicts are made on the library's own code (spdlog is
// header-only by default).
#define FMT_HEADER_ONLY
#include <escapement/annotations.hpp>

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cstddef>
#include <cstdio>

struct Tick {
  int Instrument;
  long Price;
  long Qty;
};

class Handler {
public:
  explicit Handler(std::shared_ptr<spdlog::logger> Log) : Log(std::move(Log)) {}

  ESC_NOALLOC void on_tick_logged(const Tick &T) {
    Log->info("tick {} {}@{}", T.Instrument, T.Qty, T.Price);
  }

  ESC_NOALLOC std::size_t on_tick_buffered(const Tick &T) {
    fmt::memory_buffer Buf;
    fmt::format_to(std::back_inserter(Buf), "tick {} {}@{}", T.Instrument, T.Qty, T.Price);
    return Buf.size();
  }

  ESC_NOALLOC std::size_t on_tick_fixed(const Tick &T) {
    auto R = fmt::format_to_n(Line.data(), Line.size() - 1, "tick {} {}@{}", T.Instrument,
                              T.Qty, T.Price);
    return R.size;
  }

private:
  std::shared_ptr<spdlog::logger> Log;
  std::array<char, 128> Line{};
};

int main() {
  Handler H(spdlog::stdout_logger_st("md"));
  Tick T{7, 101250, 300};
  H.on_tick_logged(T);
  std::printf("%zu %zu\n", H.on_tick_buffered(T), H.on_tick_fixed(T));
}
